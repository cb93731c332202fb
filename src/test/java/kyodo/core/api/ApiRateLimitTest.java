package kyodo.core.api;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.core.internal.AccessTokenService;
import kyodo.support.TestAccounts;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calls a minute per token and per client address, counted in the database: 429 with Retry-After as a problem. */
@MicronautTest(transactional = false)
@Property(name = "kyodo.api.rate.per-token", value = "3")
@Property(name = "kyodo.api.rate.per-address", value = "5")
@Property(name = "kyodo.trusted-proxies", value = "127.0.0.1,::1")
class ApiRateLimitTest {

    static final TestClock CLOCK = new TestClock();

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    AccessTokenService tokens;
    @Inject
    javax.sql.DataSource dataSource;

    @AfterEach
    void realTime() {
        CLOCK.reset();
    }

    private static String address(String network) {
        return network + (1 + Math.abs(UUID.randomUUID().hashCode() % 250));
    }

    private Page call(String address, String secret) {
        WebSession client = WebSession.at(server.getURL()).header("X-Forwarded-For", address);
        if (secret != null) {
            client.header("Authorization", "Bearer " + secret);
        }
        return client.sendJsonAccepting("*/*", "GET", "/api/v1/events?size=1", null);
    }

    @Test
    void aTokenGetsThreeCallsAMinuteThenA429WithRetryAfter() {
        CLOCK.set(LocalDate.now(CityClock.JAPAN).atTime(10, 0, 15));
        long account = accounts.create(Role.CITIZEN).id();
        String secret = tokens.create(account, "速すぎるスクリプト", "read", LocalDate.now(CityClock.JAPAN).plusDays(2)).secret();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, call(address("198.51.100."), secret).status());
        }
        Page refused = call(address("198.51.100."), secret);
        assertEquals(429, refused.status(), refused.body());
        assertEquals("46", refused.headers().firstValue("Retry-After").orElse(""));
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("\"status\":429"), refused.body());
        // The next minute starts again.
        CLOCK.set(LocalDate.now(CityClock.JAPAN).atTime(10, 1, 0));
        assertEquals(200, call(address("198.51.100."), secret).status());
    }

    @Test
    void anAddressGetsFiveCallsAMinuteWithOrWithoutAToken() {
        CLOCK.set(LocalDate.now(CityClock.JAPAN).atTime(11, 30, 50));
        String address = address("203.0.113.");
        for (int i = 0; i < 5; i++) {
            assertEquals(200, call(address, null).status());
        }
        Page refused = call(address, null);
        assertEquals(429, refused.status(), refused.body());
        assertEquals("11", refused.headers().firstValue("Retry-After").orElse(""));
        assertEquals(200, call(address("192.0.2."), null).status());
    }

    @Test
    void countersOfCallersNotSeenForADayAreForgotten() {
        CLOCK.set(LocalDate.now(CityClock.JAPAN).minusDays(3).atTime(9, 0));
        String address = address("198.18.0.");
        assertEquals(200, call(address, null).status());
        CLOCK.set(LocalDate.now(CityClock.JAPAN).atTime(9, 0));
        String recent = address("198.19.0.");
        assertEquals(200, call(recent, null).status());
        assertTrue(kyodo.support.Db.count(dataSource, "SELECT COUNT(*) FROM core_api_rate WHERE window_start < ?",
                java.sql.Timestamp.valueOf(CLOCK.now().minusDays(1))) >= 1);

        assertTrue(tokens.forgetOldRateCounters() >= 1);
        assertEquals(0, kyodo.support.Db.count(dataSource, "SELECT COUNT(*) FROM core_api_rate WHERE window_start < ?",
                java.sql.Timestamp.valueOf(CLOCK.now().minusDays(1))));
        assertTrue(kyodo.support.Db.count(dataSource, "SELECT COUNT(*) FROM core_api_rate WHERE window_start >= ?",
                java.sql.Timestamp.valueOf(CLOCK.now().minusMinutes(1))) >= 1, "the recent caller is still counted");
    }
}
