package kyodo.subsidies;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.support.TestAccounts;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Every window shows 募集前 / 募集中 / 締切 with its dates, by the city clock; a closed window is no longer listed
 * under 「募集中・募集予定」 on the subsidies page (its program's page still shows it, marked 締切).
 */
@MicronautTest(transactional = false)
@Property(name = "kyodo.security.session-hours", value = "100000")
class WindowPhaseWebTest {

    static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    SubsidyTestData data;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @AfterEach
    void realTime() {
        CLOCK.reset();
    }

    @Test
    void windowsShowWhereTheyStandAndClosedOnesLeaveTheOpenCalls() {
        CLOCK.set(2020, 4, 10);
        SubsidyFixture fx = new SubsidyFixture(server.getURL(), accounts, data);
        String name = "募集期の表示確認 " + SubsidyFixture.unique();
        long program = fx.program(name, 300_000);
        fx.window(program, 1, "2020-04-01T00:00", "2020-04-30T23:59", null);
        fx.window(program, 2, "2020-05-01T00:00", "2020-06-30T23:59", null);
        fx.window(program, 3, "2020-07-01T09:00", "2020-08-31T17:00", null);
        WebSession visitor = WebSession.at(server.getURL());

        CLOCK.set(LocalDateTime.of(2020, 4, 30, 23, 59));
        assertEquals(List.of("第1期 募集中", "第2期 募集前", "第3期 募集前"), calls(visitor, name));
        CLOCK.set(LocalDateTime.of(2020, 5, 1, 0, 0));
        assertEquals(List.of("第2期 募集中", "第3期 募集前"), calls(visitor, name));
        assertEquals(List.of("第1期 締切", "第2期 募集中", "第3期 募集前"), programPage(visitor, program));

        CLOCK.set(LocalDateTime.of(2020, 7, 1, 8, 59));
        assertEquals(List.of("第3期 募集前"), calls(visitor, name));
        CLOCK.set(LocalDateTime.of(2020, 7, 1, 9, 0));
        assertEquals(List.of("第3期 募集中"), calls(visitor, name));
        CLOCK.set(LocalDateTime.of(2020, 8, 31, 17, 0));
        assertEquals(List.of("第3期 募集中"), calls(visitor, name));
        CLOCK.set(LocalDateTime.of(2020, 8, 31, 17, 1));
        assertNull(call(visitor, name), "no window left: the program is not under 募集中・募集予定");
        assertEquals(List.of("第1期 締切", "第2期 締切", "第3期 締切"), programPage(visitor, program));
        // The dates stand next to the label.
        Document page = visitor.get("/subsidies/programs/" + program).html();
        assertNotNull(page.selectFirst(".card:contains(第3期):contains(2020)"));
    }

    private static Element call(WebSession visitor, String name) {
        WebSession.Page page = visitor.get("/subsidies");
        assertEquals(200, page.status());
        return page.html().select("section.sub-call").stream()
                .filter(s -> s.selectFirst("h3").text().equals(name)).findFirst().orElse(null);
    }

    private static List<String> calls(WebSession visitor, String name) {
        Element call = call(visitor, name);
        assertNotNull(call, name);
        return call.select("li").stream()
                .map(li -> li.child(0).text() + " " + li.selectFirst(".sub-phase").text()).toList();
    }

    private static List<String> programPage(WebSession visitor, long program) {
        WebSession.Page page = visitor.get("/subsidies/programs/" + program);
        assertEquals(200, page.status());
        return page.html().select("li.card").stream()
                .map(li -> li.selectFirst("h3").text() + " " + li.selectFirst(".sub-phase").text()).toList();
    }
}
