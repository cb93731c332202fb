package kyodo.core.api;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.core.internal.AccessTokenService;
import kyodo.core.internal.AccountService;
import kyodo.support.Db;
import kyodo.support.TestAccounts;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tokens kept in memory for a few seconds: a role change or a revocation on this instance counts at once. */
@MicronautTest(transactional = false)
class AccessTokenCacheTest {

    @Inject
    AccessTokenService tokens;
    @Inject
    AccountService accountService;
    @Inject
    TestAccounts accounts;
    @Inject
    CityClock clock;
    @Inject
    DataSource dataSource;

    @Test
    void aRoleGrantedOrRevokedCountsFromTheNextCall() {
        long admin = accounts.create(Role.ADMIN).id();
        long citizen = accounts.create(Role.CITIZEN).id();
        String secret = tokens.create(citizen, "役割の変更", "read", clock.today().plusDays(2)).secret();
        assertFalse(roles(secret).contains("STAFF"));
        assertFalse(roles(secret).contains("STAFF"), "the second call is answered from memory");

        accountService.grant(admin, citizen, Role.STAFF);
        assertTrue(roles(secret).contains("STAFF"));
        accountService.revoke(admin, citizen, Role.STAFF);
        assertFalse(roles(secret).contains("STAFF"));
    }

    @Test
    void aLookUpNotesTheLastUseWrittenByTheBackgroundJob() {
        long citizen = accounts.create(Role.CITIZEN).id();
        String secret = tokens.create(citizen, "最終利用", "read", clock.today().plusDays(2)).secret();
        assertTrue(tokens.authenticate(secret).join().isPresent());
        // Shown on this instance at once, written with the next run of the job.
        assertTrue(tokens.ofAccount(citizen).get(0).lastUsedAt() != null);
        tokens.flushTouches();
        assertEquals(1, Db.count(dataSource, "SELECT COUNT(*) FROM core_access_token WHERE account_id = ? AND last_used_at IS NOT NULL", citizen));
    }

    private java.util.Collection<String> roles(String secret) {
        return tokens.authenticate(secret).join().orElseThrow().authentication().getRoles();
    }
}
