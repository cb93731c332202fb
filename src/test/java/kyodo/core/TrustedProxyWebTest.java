package kyodo.core;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Behind a trusted proxy (here the test's own connection, 127.0.0.1): the forwarded address is the
 * client's, so someone guessing from one address does not slow down the owner signing in from another.
 */
@MicronautTest(transactional = false)
@Property(name = "kyodo.trusted-proxies", value = "127.0.0.1,::1")
class TrustedProxyWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DataSource dataSource;

    @Test
    void theOwnerSignsInFromTheirAddressWhileSomeoneGuessesFromAnother() throws Exception {
        TestAccount person = accounts.create(Role.CITIZEN);
        WebSession guesser = WebSession.at(server.getURL()).header("X-Forwarded-For", "203.0.113.9");
        for (int i = 0; i < 6; i++) {
            guesser.post("/login", Map.of("email", person.email(), "password", "wrong-" + i));
        }
        assertTrue(guesser.post("/login", Map.of("email", person.email(), "password", person.password())).text()
                .contains("秒ほど待ってから"));
        WebSession owner = WebSession.at(server.getURL()).header("X-Forwarded-For", "198.51.100.7");
        assertEquals(303, owner.post("/login", Map.of("email", person.email(), "password", person.password())).status(),
                "the owner is not locked out by someone else's guesses");
        assertTrue(kyodo.support.Db.count(dataSource, "SELECT COUNT(*) FROM core_audit_log WHERE action = 'core.audit.loginFailed' "
                + "AND detail = ? AND address = '203.0.113.9'", person.email()) >= 5, "the audit log records the client behind the proxy");
    }
}
