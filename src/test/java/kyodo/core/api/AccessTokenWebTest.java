package kyodo.core.api;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.events.EventFixtures;
import kyodo.support.Db;
import kyodo.support.TestAccounts;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Personal access tokens: made on the account page, shown once, stored hashed, scoped, expiring, revocable, audited. */
@MicronautTest(transactional = false)
class AccessTokenWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DataSource dataSource;

    static final TestClock CLOCK = new TestClock();

    @io.micronaut.test.annotation.MockBean(kyodo.core.CityClock.class)
    kyodo.core.CityClock clock() {
        return CLOCK;
    }

    @AfterEach
    void realTime() {
        CLOCK.reset();
    }

    /** Creates a token on the page and returns the secret shown once. */
    static String create(WebSession session, String name, String scope, String lastDay) {
        Page page = session.post("/account/tokens", Map.of("name", name, "scope", scope, "expiresOn", lastDay));
        assertEquals(200, page.status(), page.text());
        String secret = page.html().select("code.token-secret").text();
        assertTrue(secret.startsWith("kyodo_"), page.text());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        return secret;
    }

    static WebSession bearer(EmbeddedServer server, String secret) {
        return WebSession.at(server.getURL()).header("Authorization", "Bearer " + secret);
    }

    @Test
    void aTokenIsShownOnceStoredHashedAndCallsTheApiWithoutCsrf() throws Exception {
        TestAccounts.TestAccount citizen = accounts.create(Role.CITIZEN);
        WebSession session = accounts.logIn(server.getURL(), citizen);
        String name = EventFixtures.unique("集計スクリプト");
        String secret = create(session, name, "write", CLOCK.today().plusDays(30).toString());

        // Only the SHA-256 is stored; the list never shows the secret again.
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, Db.count(dataSource, "SELECT COUNT(*) FROM core_access_token WHERE token_hash = ?", hash));
        assertEquals(0, Db.count(dataSource, "SELECT COUNT(*) FROM core_access_token WHERE token_hash = ? OR name = ?", secret, secret));
        Document list = session.get("/account/tokens").html();
        assertTrue(list.text().contains(name), list.text());
        assertFalse(list.html().contains(secret));
        assertTrue(list.text().contains("未使用"), list.text());

        // A write call with the token alone: no cookie, no CSRF header.
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long event = EventFixtures.createPublished(staff, EventFixtures.unique("トークン講座"), 5);
        Page registered = raw(server, secret, "POST", "/api/v1/events/" + event + "/registration", "{\"companions\":0}");
        assertEquals(201, registered.status(), registered.body());
        assertTrue(registered.body().contains("\"status\":\"CONFIRMED\""), registered.body());
        Page mine = raw(server, secret, "GET", "/api/v1/me/registrations", null);
        assertEquals(200, mine.status(), mine.body());
        assertTrue(mine.body().contains("\"eventId\":" + event), mine.body());

        // Every call is audited with the token as its target; its last use is shown.
        long tokenId = Db.count(dataSource, "SELECT id FROM core_access_token WHERE token_hash = ?", hash);
        assertEquals(2, Db.count(dataSource, "SELECT COUNT(*) FROM core_audit_log WHERE action = 'core.audit.apiCall' AND target_id = ? AND actor_id = ?",
                String.valueOf(tokenId), citizen.id()));
        assertEquals(1, Db.count(dataSource, "SELECT COUNT(*) FROM core_audit_log WHERE action = 'core.audit.apiCall' AND target_id = ? AND detail = ?",
                String.valueOf(tokenId), "POST /api/v1/events/" + event + "/registration 201"));
        assertFalse(session.get("/account/tokens").text().contains("未使用"));
    }

    @Test
    void aReadTokenReadsButCannotWrite() {
        WebSession session = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        String secret = create(session, "読むだけ", "read", CLOCK.today().plusDays(10).toString());
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long event = EventFixtures.createPublished(staff, EventFixtures.unique("読取講座"), 5);
        assertEquals(200, raw(server, secret, "GET", "/api/v1/me/registrations", null).status());
        Page refused = raw(server, secret, "POST", "/api/v1/events/" + event + "/registration", "{}");
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("読み取りのみ"), refused.body());
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").contains("insufficient_scope"));
        assertEquals(0, Db.count(dataSource, "SELECT COUNT(*) FROM evt_registration WHERE event_id = ?", event));
    }

    @Test
    void revokedExpiredAndWrongTokensAre401WithAChallenge() {
        WebSession session = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        LocalDate today = CLOCK.today();
        String revoked = create(session, "無効にする", "read", today.plusDays(5).toString());
        assertEquals(200, raw(server, revoked, "GET", "/api/v1/me/registrations", null).status());
        String id = session.get("/account/tokens").html().select("form[action~=/account/tokens/\\d+/revoke]").first()
                .attr("action").replaceAll("\\D", "");
        Page done = session.post("/account/tokens/" + id + "/revoke", Map.of());
        assertEquals(303, done.status());
        assertTrue(session.get("/account/tokens").text().contains("無効化済み"));
        assertUnauthorized(raw(server, revoked, "GET", "/api/v1/me/registrations", null));
        // Even on a public operation: a token that does not hold is refused, not ignored.
        assertUnauthorized(raw(server, revoked, "GET", "/api/v1/events", null));
        assertUnauthorized(raw(server, "kyodo_" + "x".repeat(43), "GET", "/api/v1/me/registrations", null));
        assertUnauthorized(raw(server, "not-a-token", "GET", "/api/v1/me/registrations", null));

        String expiring = create(session, "期限切れ", "read", today.toString());
        assertEquals(200, raw(server, expiring, "GET", "/api/v1/me/registrations", null).status());
        CLOCK.set(today.plusDays(1).atTime(0, 0, 1));
        assertUnauthorized(raw(server, expiring, "GET", "/api/v1/me/registrations", null));
    }

    @Test
    void theFormRefusesAPastDayALongerYearAndNonsenseKeepingWhatWasTyped() {
        WebSession session = accounts.loggedIn(server.getURL(), Role.STAFF);
        LocalDate today = CLOCK.today();
        Page past = session.post("/account/tokens", Map.of("name", "昨日まで", "scope", "read", "expiresOn", today.minusDays(1).toString()));
        assertEquals(422, past.status());
        assertTrue(past.text().contains("今日以降"), past.text());
        assertEquals("昨日まで", past.html().select("#name").val());
        Page tooLong = session.post("/account/tokens", Map.of("name", "長すぎ", "scope", "write", "expiresOn", today.plusYears(2).toString()));
        assertEquals(422, tooLong.status());
        assertTrue(tooLong.text().contains("366日以内"), tooLong.text());
        Page nonsense = session.post("/account/tokens", Map.of("name", "", "scope", "admin", "expiresOn", "来年"));
        assertEquals(422, nonsense.status());
        Page impossible = session.post("/account/tokens", Map.of("name", "二月", "scope", "read", "expiresOn", "2027-02-30"));
        assertEquals(422, impossible.status());
        assertNotNull(session.get("/account").html().selectFirst("a[href=/account/tokens]"));
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() {
        WebSession owner = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        String secret = create(owner, "わたしの", "read", CLOCK.today().plusDays(3).toString());
        String id = owner.get("/account/tokens").html().select("form[action~=/account/tokens/\\d+/revoke]").first()
                .attr("action").replaceAll("\\D", "");
        WebSession other = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        other.post("/account/tokens/" + id + "/revoke", Map.of());
        assertEquals(200, raw(server, secret, "GET", "/api/v1/me/registrations", null).status());
    }

    @Test
    void everyCallIsAuditedEvenWhenManyComeAtOnce() throws Exception {
        TestAccounts.TestAccount citizen = accounts.create(Role.CITIZEN);
        WebSession session = accounts.logIn(server.getURL(), citizen);
        String secret = create(session, "同時呼び出し", "read", CLOCK.today().plusDays(3).toString());
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long event = EventFixtures.createPublished(staff, EventFixtures.unique("監査講座"), 5);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        java.util.List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                // Reads, and writes a read token may not make (a 403 answered before the controller).
                boolean write = i % 4 == 0;
                calls.add(pool.submit(() -> raw(server, secret, write ? "POST" : "GET",
                        write ? "/api/v1/events/" + event + "/registration" : "/api/v1/me/registrations", write ? "{}" : null).status()));
            }
            for (int i = 0; i < calls.size(); i++) {
                assertEquals(i % 4 == 0 ? 403 : 200, calls.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
        // Each answer was sent once its entry was committed: all 40 are there now.
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        long tokenId = Db.count(dataSource, "SELECT id FROM core_access_token WHERE token_hash = ?", hash);
        assertEquals(30, Db.count(dataSource, "SELECT COUNT(*) FROM core_audit_log WHERE action = 'core.audit.apiCall' AND target_id = ? AND detail = ?",
                String.valueOf(tokenId), "GET /api/v1/me/registrations 200"));
        assertEquals(10, Db.count(dataSource, "SELECT COUNT(*) FROM core_audit_log WHERE action = 'core.audit.apiCall' AND target_id = ? AND detail = ?",
                String.valueOf(tokenId), "POST /api/v1/events/" + event + "/registration 403"));
        assertEquals(40, Db.count(dataSource, "SELECT COUNT(*) FROM core_audit_log WHERE action = 'core.audit.apiCall' AND target_id = ? AND actor_id = ? AND actor_label LIKE ?",
                String.valueOf(tokenId), citizen.id(), "%<" + citizen.email() + ">"));
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceThoughItWasJustUsed() {
        WebSession session = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        String secret = create(session, "すぐ無効", "read", CLOCK.today().plusDays(5).toString());
        for (int i = 0; i < 3; i++) {
            // Used again and again: kept in memory.
            assertEquals(200, raw(server, secret, "GET", "/api/v1/me/registrations", null).status());
        }
        String id = session.get("/account/tokens").html().select("form[action~=/account/tokens/\\d+/revoke]").first()
                .attr("action").replaceAll("\\D", "");
        assertEquals(303, session.post("/account/tokens/" + id + "/revoke", Map.of()).status());
        assertUnauthorized(raw(server, secret, "GET", "/api/v1/me/registrations", null));
    }

    private static void assertUnauthorized(Page page) {
        assertEquals(401, page.status(), page.body());
        assertTrue(page.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), page.headers().toString());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(page.body().contains("\"status\":401"), page.body());
    }

    /** A call as a script makes it: the token, no cookie, no CSRF header. */
    static Page raw(EmbeddedServer server, String secret, String method, String path, String json) {
        try {
            var builder = java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path))
                    .header("Authorization", "Bearer " + secret).header("Accept", "*/*");
            if (json != null) {
                builder.header("Content-Type", "application/json");
            }
            var request = builder.method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                    : java.net.http.HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Page(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response.body(), response.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
