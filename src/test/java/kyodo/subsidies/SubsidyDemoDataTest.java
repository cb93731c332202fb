package kyodo.subsidies;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.DemoData;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo city's 市民活動支援補助金 passes the forms' checks and is open for applications. */
@MicronautTest(transactional = false)
class SubsidyDemoDataTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    SubsidyTestData data;
    @Inject
    List<DemoData> demoData;
    @Inject
    CityClock clock;

    @Test
    void theDemoProgramIsSetUpWithItsRubricAndAnOpenWindow() {
        DemoData subsidies = demoData.stream().filter(d -> d.getClass().getName().startsWith("kyodo.subsidies."))
                .findFirst().orElseThrow();
        TestAccount staff = accounts.create(Role.STAFF);
        long before = data.numbers("SELECT COUNT(*) FROM sub_program").get(0);
        subsidies.seed(Map.of(Role.STAFF, staff.id()));
        long program = data.numbers("SELECT MAX(id) FROM sub_program").get(0);
        assertEquals(before + 1, data.numbers("SELECT COUNT(*) FROM sub_program").get(0));
        assertEquals(3, data.numbers("SELECT COUNT(*) FROM sub_category WHERE program_id = ?", program).get(0));
        assertEquals(List.of("公益性", "実現性", "先駆性", "継続性・発展性", "協働性", "予算の妥当性"),
                data.texts("SELECT name FROM sub_criterion WHERE program_id = ? ORDER BY sort_order", program));
        String page = WebSession.at(server.getURL()).get("/subsidies/programs/" + program).text();
        assertTrue(page.contains("市民活動支援補助金") && page.contains("ふるさと応援寄附金"), page);
        assertTrue(data.numbers("SELECT COUNT(*) FROM sub_window WHERE program_id = ? AND opens_at <= ? AND closes_at >= ?",
                program, clock.now(), clock.now()).get(0) >= 1, "a window open today");
    }
}
