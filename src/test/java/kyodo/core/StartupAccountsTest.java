package kyodo.core;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first administrator from configuration, and the demo city, are there after start. */
@MicronautTest(transactional = false)
@Property(name = "kyodo.admin.email", value = "first-admin@city.example")
@Property(name = "kyodo.admin.password", value = "first-admin-2026")
@Property(name = "kyodo.demo", value = "true")
class StartupAccountsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    AccountsApi accounts;

    @Test
    void firstAdministratorCanManageAccounts() {
        WebSession admin = WebSession.at(server.getURL()).logIn("first-admin@city.example", "first-admin-2026");
        assertEquals(200, admin.get("/admin/accounts").status());
    }

    @Test
    void demoCityHasOneAccountPerRole() {
        for (Role role : Role.values()) {
            String email = role.name().toLowerCase() + "@example.jp";
            WebSession session = WebSession.at(server.getURL()).logIn(email, "kyodo-demo-2026");
            assertTrue(session.get("/account").text().contains(email));
        }
        assertTrue(accounts.withRole(Role.REVIEWER).stream().anyMatch(a -> a.email().equals("reviewer@example.jp")));
    }
}
