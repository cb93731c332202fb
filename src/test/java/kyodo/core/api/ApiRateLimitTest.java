package kyodo.core.api;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.core.internal.AccessTokenService;
import kyodo.core.internal.ApiRates;
import kyodo.support.TestAccounts;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calls a minute per token and per client address, counted in memory and shared through the database: 429 with Retry-After as a problem. */
@MicronautTest(transactional = false)
@Property(name = "kyodo.api.rate.per-token", value = "3")
@Property(name = "kyodo.api.rate.per-address", value = "5")
@Property(name = "kyodo.trusted-proxies", value = "127.0.0.1,::1")
class ApiRateLimitTest {

    static final TestClock CLOCK = new TestClock();
    /** The day the calls are made (the city clock is set to times on it). */
    static final LocalDate DAY = LocalDate.of(2026, 12, 2);

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
    ApiRates rates;
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
        CLOCK.set(DAY.atTime(10, 0, 15));
        long account = accounts.create(Role.CITIZEN).id();
        String secret = tokens.create(account, "速すぎるスクリプト", "read", DAY.plusDays(2)).secret();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, call(address("198.51.100."), secret).status());
        }
        Page refused = call(address("198.51.100."), secret);
        assertEquals(429, refused.status(), refused.body());
        assertEquals("46", refused.headers().firstValue("Retry-After").orElse(""));
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("\"status\":429"), refused.body());
        // The next minute starts again.
        CLOCK.set(DAY.atTime(10, 1, 0));
        assertEquals(200, call(address("198.51.100."), secret).status());
    }

    @Test
    void anAddressGetsFiveCallsAMinuteWithOrWithoutAToken() {
        CLOCK.set(DAY.atTime(11, 30, 50));
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
        CLOCK.set(DAY.minusDays(3).atTime(9, 0));
        String address = address("198.18.0.");
        assertEquals(200, call(address, null).status());
        CLOCK.set(DAY.atTime(9, 0));
        String recent = address("198.19.0.");
        assertEquals(200, call(recent, null).status());
        // The counts reach the shared table with the next flush (every 200 ms); here at once.
        rates.flush();
        assertTrue(kyodo.support.Db.count(dataSource, "SELECT COUNT(*) FROM core_api_rate WHERE window_start < ?",
                java.sql.Timestamp.valueOf(CLOCK.now().minusDays(1))) >= 1);

        assertTrue(rates.forgetOldRateCounters() >= 1);
        assertEquals(0, kyodo.support.Db.count(dataSource, "SELECT COUNT(*) FROM core_api_rate WHERE window_start < ?",
                java.sql.Timestamp.valueOf(CLOCK.now().minusDays(1))));
        assertTrue(kyodo.support.Db.count(dataSource, "SELECT COUNT(*) FROM core_api_rate WHERE window_start >= ?",
                java.sql.Timestamp.valueOf(CLOCK.now().minusMinutes(1))) >= 1, "the recent caller is still counted");
    }

    @Test
    void onOneInstanceTheLimitIsExactUnderConcurrentCalls() throws Exception {
        CLOCK.set(DAY.atTime(12, 10, 5));
        long account = accounts.create(Role.CITIZEN).id();
        String secret = tokens.create(account, "同時に呼ぶ", "read", DAY.plusDays(2)).secret();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(pool.submit(() -> call(address("198.51.100."), secret).status()));
            }
            int ok = 0;
            int refused = 0;
            for (java.util.concurrent.Future<Integer> c : calls) {
                int status = c.get();
                if (status == 200) {
                    ok++;
                } else if (status == 429) {
                    refused++;
                }
            }
            assertEquals(3, ok, "exactly the limit");
            assertEquals(21, refused);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theFlushSharesTheCountsWithAnotherInstance() {
        CLOCK.set(DAY.atTime(14, 20, 10));
        java.sql.Timestamp window = java.sql.Timestamp.valueOf(CLOCK.now().withSecond(0));
        long account = accounts.create(Role.CITIZEN).id();
        String secret = tokens.create(account, "二台で数える", "read", DAY.plusDays(2)).secret();
        assertEquals(200, call(address("198.51.100."), secret).status());
        rates.flush();
        long tokenId = kyodo.support.Db.count(dataSource, "SELECT MAX(id) FROM core_access_token WHERE account_id = ?", account);
        String key = "token:" + tokenId;
        assertEquals(1, kyodo.support.Db.count(dataSource, "SELECT hits FROM core_api_rate WHERE rate_key = ? AND window_start = ?", key, window));

        // Another instance flushes two calls of the same token in this minute.
        kyodo.support.Db.insert(dataSource, "UPDATE core_api_rate SET hits = hits + 2 WHERE rate_key = ?", key);
        // Not seen before this instance's next flush of the key (the lag of one flush)...
        assertEquals(200, call(address("198.51.100."), secret).status());
        rates.flush();
        assertEquals(4, kyodo.support.Db.count(dataSource, "SELECT hits FROM core_api_rate WHERE rate_key = ?", key));
        // ...then counted: 4 calls of 3.
        Page refused = call(address("198.51.100."), secret);
        assertEquals(429, refused.status(), refused.body());
        assertEquals("51", refused.headers().firstValue("Retry-After").orElse(""));

        // A new minute starts again from this instance's calls, whatever the shared row says of the last one.
        CLOCK.set(DAY.atTime(14, 21, 0));
        assertEquals(200, call(address("198.51.100."), secret).status());
        rates.flush();
        assertEquals(1, kyodo.support.Db.count(dataSource, "SELECT hits FROM core_api_rate WHERE rate_key = ? AND window_start = ?",
                key, java.sql.Timestamp.valueOf(CLOCK.now())));
    }
}
