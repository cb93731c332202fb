package kyodo.directory;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.Browser;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static kyodo.directory.DirectoryTestData.unique;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every directory page scanned with axe-core (WCAG 2.0 A/AA), at desktop and phone width. */
@MicronautTest(transactional = false)
class DirectoryBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;

    @Test
    void groupPagesAreAccessible() {
        TestAccount rep = accounts.create(Role.CITIZEN);
        WebSession session = accounts.logIn(server.getURL(), rep);
        long id = DirectoryTestData.registerGroup(session, DirectoryTestData.groupForm("アクセシブルの会" + unique()));
        TestAccount coordinator = accounts.create(Role.COORDINATOR);
        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(rep.email(), rep.password());
            b.go("/groups/new").assertAccessible();
            b.click("form[action='/groups'] button[type=submit]");
            assertTrue(b.text().contains("入力してください"));
            b.assertAccessible();
            b.go("/groups/" + id).assertAccessible();
            b.go("/groups/" + id + "/edit").assertAccessible();
            b.go("/groups/mine").assertAccessible();
            b.phone().go("/groups/" + id).assertAccessible();
        }
        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(coordinator.email(), coordinator.password());
            b.go("/admin/groups").assertAccessible();
            b.go("/groups/" + id).assertAccessible();
            b.click("form[action='/admin/groups/" + id + "/approve'] button");
            b.go("/groups").assertAccessible();
            b.go("/groups?q=nothing-at-all").assertAccessible();
        }
        WebSession.at(server.getURL());
        Map.of();
    }
}
