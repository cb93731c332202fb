package kyodo.events;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.DemoData;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo city's events are published and the demo citizen is registered for the 協働塾. */
@MicronautTest(transactional = false)
class EventsDemoDataTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    List<DemoData> demoData;

    @Test
    void demoEventsArePublishedAndUsable() {
        DemoData events = demoData.stream().filter(d -> d.getClass().getName().startsWith("kyodo.events."))
                .findFirst().orElseThrow();
        TestAccount staff = accounts.create(Role.STAFF);
        TestAccount citizen = accounts.create(Role.CITIZEN);
        events.seed(Map.of(Role.STAFF, staff.id(), Role.CITIZEN, citizen.id()));

        Page list = WebSession.at(server.getURL()).get("/events?q=" + EventWebTest.enc("協働塾"));
        assertEquals(200, list.status());
        assertTrue(list.text().contains("とみさと協働塾"));
        assertTrue(list.text().contains("（全4回）"));
        Page mine = accounts.logIn(server.getURL(), citizen).get("/my/events");
        assertTrue(mine.text().contains("とみさと協働塾") && mine.text().contains("参加確定"), mine.text());
        Page online = WebSession.at(server.getURL()).get("/events?mode=online&q=" + EventWebTest.enc("居場所"));
        assertTrue(online.text().contains("居場所運営者オンライン交流会"));
    }
}
