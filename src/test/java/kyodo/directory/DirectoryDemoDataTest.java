package kyodo.directory;

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

/** The demo city's groups and board are public, and the demo citizen represents a group and volunteers. */
@MicronautTest(transactional = false)
class DirectoryDemoDataTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    List<DemoData> demoData;

    @Test
    void demoGroupsVolunteersAndBoardAreUsable() {
        DemoData directory = demoData.stream()
                .filter(d -> d.getClass().getName().contains("DirectoryDemoData")).findFirst().orElseThrow();
        TestAccount coordinator = accounts.create(Role.COORDINATOR);
        TestAccount citizen = accounts.create(Role.CITIZEN);
        directory.seed(Map.of(Role.COORDINATOR, coordinator.id(), Role.CITIZEN, citizen.id()));

        WebSession visitor = WebSession.at(server.getURL());
        Page list = visitor.get("/groups?q=" + enc("ドローン"));
        assertEquals(200, list.status());
        assertTrue(list.text().contains("さくらドローンクラブ"), list.text());
        assertTrue(visitor.get("/board").text().contains("空き家をお貸しします"));

        WebSession session = accounts.logIn(server.getURL(), citizen);
        assertTrue(session.get("/groups/mine").text().contains("さくら子育てネットワーク"));
        assertTrue(session.get("/volunteer").text().contains("写真撮影"));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
