package kyodo.voices;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.DemoData;
import kyodo.core.FiscalYear;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo city's 市政への参画 in FY2020 as the seed counts it: 12 public comments with 28 opinions, 84 opinions to the
 * city, 16 councils with 53 citizen members; seeding again (another start with the demo on) adds nothing.
 */
@MicronautTest(transactional = false)
class VoicesDemoDataTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    List<DemoData> demoData;
    @Inject
    VoicesApi voices;

    @Test
    void theDemoCityHasTheSeedsFiguresOfFy2020AndSeedsOnce() {
        List<DemoData> mine = demoData.stream().filter(d -> d.getClass().getPackageName().startsWith("kyodo.voices"))
                .sorted(Comparator.comparingInt(DemoData::order)).toList();
        assertEquals(5, mine.size(), mine.toString());
        for (int round = 0; round < 2; round++) {
            Map<Role, Long> ids = Map.of(Role.STAFF, accounts.create(Role.STAFF).id(), Role.ADMIN, accounts.create(Role.ADMIN).id());
            mine.forEach(d -> d.seed(ids));
        }
        YearFigures fy2020 = voices.figures(new FiscalYear(2020));
        assertEquals(12, fy2020.publicComments());
        assertEquals(28, fy2020.publicCommentOpinions());
        assertEquals(84, fy2020.letters());
        assertEquals(84, fy2020.lettersReplied());
        assertEquals(16, fy2020.councilsWithCitizenMembers());
        assertEquals(53, fy2020.citizenMembers());

        WebSession visitor = WebSession.at(server.getURL());
        WebSession.Page figures = visitor.get("/voices/figures?fy=2020");
        assertEquals(200, figures.status());
        assertTrue(figures.text().contains("84件") && figures.text().contains("53人"), figures.text());
        assertTrue(visitor.get("/voices/councils").text().contains("協働のまちづくり"), "the open call of the demo city");
        assertEquals(200, visitor.get("/voices/surveys").status());
    }
}
