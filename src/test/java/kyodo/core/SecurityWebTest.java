package kyodo.core;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security findings of issue 11: headers on every response, no redirect off the site, forwarded
 * addresses trusted only from a configured proxy, one usable reset link, slowing down instead of locking out.
 */
@MicronautTest(transactional = false)
@Property(name = "kyodo.trusted-proxies", value = "127.0.0.2")
class SecurityWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DataSource dataSource;

    private long count(String sql, Object... args) {
        return kyodo.support.Db.count(dataSource, sql, args);
    }

    private String latestBody(String email) {
        return kyodo.support.Db.text(dataSource, "SELECT body FROM core_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1", email);
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        WebSession anyone = WebSession.at(server.getURL());
        for (String path : new String[]{"/", "/events", "/events", "/api/v1/events", "/opendata/events.csv", "/events.ics",
                "/static/css/kyodo.css", "/no-such-page", "/api/v1/openapi.yml"}) {
            Page page = anyone.get(path);
            var h = page.headers();
            assertTrue(h.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
            assertFalse(h.firstValue("Content-Security-Policy").orElse("").contains("unsafe-inline"), path);
            assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("same-origin", h.firstValue("Referrer-Policy").orElse(""), path);
        }
    }

    @Test
    void afterSigningInNobodyIsSentToAnotherSite() {
        TestAccount person = accounts.create(Role.CITIZEN);
        for (String next : new String[]{"/\t/evil.example/", "//evil.example/", "/\\evil.example", "/%2F/evil.example",
                "https://evil.example/", "/a b", "/a|b"}) {
            Page page = WebSession.at(server.getURL()).post("/login", Map.of("email", person.email(),
                    "password", person.password(), "next", next));
            assertEquals(303, page.status(), next);
            assertEquals("/", page.location(), next);
        }
        Page ok = WebSession.at(server.getURL()).post("/login", Map.of("email", person.email(), "password", person.password(),
                "next", "/events?month=2026-12"));
        assertEquals("/events?month=2026-12", ok.location());
        Page lang = WebSession.at(server.getURL()).get("/lang?to=en&back=/a%20b");
        assertEquals(303, lang.status(), "a path that is not a URI goes home, never a 500");
        assertEquals("/", lang.location());
        assertEquals("/", WebSession.at(server.getURL()).get("/lang?to=en&back=%2F%09%2Fevil.example").location());
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsAMessageNotAnError() {
        WebSession me = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Page page = me.post("/account/password", Map.of("currentPassword", "x".repeat(100),
                "newPassword", "new-pass-2026", "newPasswordConfirm", "new-pass-2026"));
        assertEquals(422, page.status());
        Page longNew = me.post("/account/password", Map.of("currentPassword", TestAccounts.PASSWORD,
                "newPassword", "あ".repeat(30) + "1", "newPasswordConfirm", "あ".repeat(30) + "1"));
        assertEquals(422, longNew.status(), "30 Japanese characters are 90 bytes: too long for bcrypt");
    }

    @Test
    void aNewerResetLinkEndsTheOlderOnesAndUsingOneEndsThemAll() throws Exception {
        TestAccount person = accounts.create(Role.CITIZEN);
        WebSession visitor = WebSession.at(server.getURL());
        visitor.post("/password/forgot", Map.of("email", person.email()));
        String first = resetPath(latestBody(person.email()));
        visitor.post("/password/forgot", Map.of("email", person.email()));
        String second = resetPath(latestBody(person.email()));
        assertFalse(first.equals(second));
        Page older = visitor.get(first);
        assertTrue(older.text().contains("有効期限が切れているか、すでに使われています"), older.text());
        assertTrue(older.html().select("input[type=password]").isEmpty(), "the older link no longer works");
        assertTrue(visitor.get(second).html().select("input[type=password]").size() > 0, "the newer link works");
        assertEquals(0, count("SELECT COUNT(*) FROM core_password_reset WHERE account_id = ? AND used_at IS NULL "
                + "AND token_hash <> (SELECT token_hash FROM core_password_reset WHERE account_id = ? ORDER BY created_at DESC LIMIT 1)",
                person.id(), person.id()));
    }

    @Test
    void theOutboxShowsAResetLinkOnlyShortenedAndRecordsWhoReadIt() {
        TestAccount person = accounts.create(Role.CITIZEN);
        WebSession.at(server.getURL()).post("/password/forgot", Map.of("email", person.email()));
        String token = resetPath(latestBody(person.email())).substring("/password/reset/".length());
        long messageId = count("SELECT MAX(id) FROM core_outbox WHERE recipient = ?", person.email());
        TestAccount admin = accounts.create(Role.ADMIN);
        Page page = WebSession.at(server.getURL()).logIn(admin.email(), admin.password()).get("/admin/outbox/" + messageId);
        assertEquals(200, page.status());
        String body = page.html().select("pre.mail-body").text();
        assertFalse(body.contains(token), body);
        assertTrue(body.contains("/password/reset/" + token.substring(0, 4) + "********"), body);
        assertEquals(1, count("SELECT COUNT(*) FROM core_audit_log WHERE actor_id = ? AND action = ? AND target_id = ?",
                admin.id(), AuditLog.PERSONAL_DATA_VIEWED, String.valueOf(messageId)));
    }

    @Test
    void anOversizedBodyOrTokenGetsThePortalsErrorPage() {
        WebSession visitor = WebSession.at(server.getURL());
        Page huge = visitor.post("/password/forgot", Map.of("email", "a".repeat(21 * 1024 * 1024)));
        assertEquals(413, huge.status());
        assertTrue(huge.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), huge.body());
        assertTrue(huge.text().contains("送信された内容が大きすぎます"), huge.text());

        Page longToken = visitor.get("/password/reset/" + "x".repeat(5000));
        assertTrue(longToken.status() < 500, String.valueOf(longToken.status()));
        assertTrue(longToken.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), longToken.body());

        Page tooLong = visitor.get("/password/reset/" + "x".repeat(20000));
        assertTrue(tooLong.status() == 413 || tooLong.status() == 414, String.valueOf(tooLong.status()));
        assertTrue(tooLong.text().contains("長すぎます"), tooLong.body());

        WebSession withLongCookie = WebSession.at(server.getURL());
        withLongCookie.setCookie("kyodo_token", "y".repeat(5000));
        Page home = withLongCookie.get("/");
        assertEquals(200, home.status(), "a cookie that is no login is no login");
        assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    private static String resetPath(String body) {
        Matcher m = Pattern.compile("(/password/reset/[A-Za-z0-9_-]+)").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    @Test
    void guessingSlowsTheGuesserDownButNotTheOwnerElsewhereWhoIsTold() throws Exception {
        TestAccount person = accounts.create(Role.CITIZEN);
        // The guesser's requests come through the trusted proxy (127.0.0.2 is not this connection: X-Forwarded-For is ignored).
        WebSession guesser = WebSession.at(server.getURL()).header("X-Forwarded-For", "203.0.113.9");
        for (int i = 0; i < 5; i++) {
            assertEquals(422, guesser.post("/login", Map.of("email", person.email(), "password", "wrong-" + i)).status());
        }
        Page slowed = guesser.post("/login", Map.of("email", person.email(), "password", person.password()));
        assertEquals(422, slowed.status());
        assertTrue(slowed.text().contains("秒ほど待ってから"), slowed.text());
        assertNull(guesser.cookie("kyodo_token"));
        assertTrue(count("SELECT COUNT(*) FROM core_outbox WHERE recipient = ? AND subject LIKE '%ログインの失敗が続いています%'",
                person.email()) == 1, "the owner is told once");
        assertTrue(count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'core.audit.loginFailed' AND address = '127.0.0.1'") > 0,
                "the untrusted header is not what the audit log records");
    }

    private static void assertNull(Object value) {
        assertTrue(value == null);
    }

    @Test
    void aControlCharacterOrAFieldSentTwiceIsRefusedBeforeAnythingIsWritten() {
        WebSession me = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Page nul = me.post("/signup", Map.of("email", "nul@example.jp", "displayName", "名前\u0000", "nameKana", "ナマエ",
                "password", "good-pass-2026", "passwordConfirm", "good-pass-2026"));
        assertEquals(400, nul.status());
        assertTrue(nul.text().contains("制御文字"), nul.text());
        Page twice = WebSession.at(server.getURL()).postPairs("/signup", "email", "twice@example.jp", "email", "other@example.jp",
                "displayName", "二重", "nameKana", "ニジュウ", "password", "good-pass-2026", "passwordConfirm", "good-pass-2026");
        assertEquals(400, twice.status());
        assertTrue(twice.text().contains("同じ項目が2回以上"));
        assertEquals(0, count("SELECT COUNT(*) FROM core_account WHERE email IN ('nul@example.jp', 'twice@example.jp', 'other@example.jp')"));
        Page lineBreaks = accounts.loggedIn(server.getURL(), Role.CITIZEN).post("/account/password", Map.of("currentPassword", "x",
                "newPassword", "a\tb\nc", "newPasswordConfirm", "a\tb\nc"));
        assertEquals(422, lineBreaks.status(), "tabs and line breaks are ordinary input");
    }
}
