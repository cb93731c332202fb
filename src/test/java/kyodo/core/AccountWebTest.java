package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-up, login and logout through HTTP, as a person would use them. */
@MicronautTest(transactional = false)
class AccountWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;

    private WebSession visitor() {
        return WebSession.at(server.getURL());
    }

    private static Map<String, String> signup(String email) {
        Map<String, String> form = new HashMap<>();
        form.put("email", email);
        form.put("displayName", "市民 花子");
        form.put("nameKana", "シミン ハナコ");
        form.put("password", "hanako-2026!");
        form.put("passwordConfirm", "hanako-2026!");
        form.put("area", "中央地区");
        form.put("schoolDistrict", "");
        return form;
    }

    private static String uniqueEmail() {
        return "hanako-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
    }

    @Test
    void homePageIsJapaneseByDefaultAndEnglishOnRequest() {
        WebSession session = visitor();
        Page home = session.get("/");
        assertEquals(200, home.status());
        assertEquals("ja", home.html().selectFirst("html").attr("lang"));
        assertTrue(home.text().contains("協働のまちづくりポータル"));
        assertTrue(home.text().contains("講座・イベント"));
        assertNotNull(home.html().selectFirst("a.skip-link[href=#main]"));

        Page switched = session.get("/lang?to=en&back=/signup");
        assertEquals(303, switched.status());
        assertEquals("/signup", switched.location());
        Page english = session.get("/signup");
        assertEquals("en", english.html().selectFirst("html").attr("lang"));
        assertTrue(english.text().contains("Sign up"));
    }

    @Test
    void signUpThenLogInThenLogOut() {
        String email = uniqueEmail();
        WebSession session = visitor();
        Page created = session.post("/signup", signup(email));
        assertEquals(303, created.status(), created.text());
        assertEquals("/login?registered=1", created.location());
        assertTrue(session.get("/login?registered=1").text().contains("登録が完了しました"));

        session.logIn(email.toUpperCase(), "hanako-2026!");
        Page account = session.get("/account");
        assertEquals(200, account.status());
        assertTrue(account.text().contains("市民 花子"));
        assertTrue(account.text().contains(email));

        String token = session.cookie("kyodo_token");
        Page out = session.post("/logout", Map.of());
        assertEquals(303, out.status());
        assertEquals(303, session.get("/account").status(), "logged out: sent to login");

        // A copy of the old cookie no longer works: the session was ended on the server.
        WebSession thief = visitor();
        thief.setCookie("kyodo_token", token);
        Page stolen = thief.get("/account");
        assertEquals(303, stolen.status());
        assertTrue(stolen.location().startsWith("/login"));
    }

    @Test
    void badSignUpInputGetsJapaneseMessagesNextToFieldsAndKeepsInput() {
        WebSession session = visitor();
        Map<String, String> form = signup("not-an-email");
        form.put("displayName", "");
        form.put("nameKana", "Hanako");
        form.put("password", "short");
        form.put("passwordConfirm", "other");
        form.put("area", "あ".repeat(101));
        Page page = session.post("/signup", form);
        assertEquals(422, page.status());
        var html = page.html();
        assertEquals("not-an-email", html.selectFirst("#email").val(), "what the person typed is kept");
        assertTrue(html.selectFirst("#email-error").text().contains("メールアドレスの形式"));
        assertTrue(html.selectFirst("#displayName-error").text().contains("入力してください"));
        assertTrue(html.selectFirst("#nameKana-error").text().contains("カタカナ"));
        assertTrue(html.selectFirst("#password-error").text().contains("8文字以上"));
        assertTrue(html.selectFirst("#passwordConfirm-error").text().contains("一致しません"));
        assertTrue(html.selectFirst("#area-error").text().contains("100文字以内"));
        assertEquals("true", html.selectFirst("#email").attr("aria-invalid"));
        assertEquals("", html.selectFirst("#password").val(), "passwords are never sent back");
        assertNotNull(html.selectFirst(".error-summary"));

        Page empty = session.post("/signup", Map.of());
        assertEquals(422, empty.status());
        assertTrue(empty.html().selectFirst("#email-error").text().contains("入力してください"));
    }

    @Test
    void weakAndDuplicateAreRefusedAndWriteNothing() {
        String email = uniqueEmail();
        WebSession session = visitor();
        Map<String, String> weak = signup(email);
        weak.put("password", "password");
        weak.put("passwordConfirm", "password");
        Page page = session.post("/signup", weak);
        assertEquals(422, page.status());
        assertTrue(page.html().selectFirst("#password-error").text().contains("推測されやすい"));

        assertEquals(303, session.post("/signup", signup(email)).status());
        Page duplicate = session.post("/signup", signup(email.toUpperCase()));
        assertEquals(422, duplicate.status());
        assertTrue(duplicate.html().selectFirst("#email-error").text().contains("すでに登録されています"));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        WebSession session = visitor();
        session.get("/signup");
        Page page = session.postRaw("/signup", signup(uniqueEmail()));
        assertEquals(403, page.status());
        assertTrue(page.text().contains("権限がありません"));
        Map<String, String> forged = signup(uniqueEmail());
        forged.put("csrfToken", "forged");
        assertEquals(403, session.postRaw("/signup", forged).status());
    }

    @Test
    void wrongPasswordsAreThrottledPerAccount() {
        TestAccounts.TestAccount account = accounts.create(Role.CITIZEN);
        WebSession session = visitor();
        for (int i = 0; i < 5; i++) {
            Page failed = session.post("/login", Map.of("email", account.email(), "password", "wrong-" + i));
            assertEquals(422, failed.status());
            assertTrue(failed.text().contains("正しくありません"));
            assertEquals(account.email(), failed.html().selectFirst("#email").val());
        }
        Page blocked = session.post("/login", Map.of("email", account.email(), "password", account.password()));
        assertEquals(422, blocked.status(), "from the same address even the right password waits a moment");
        assertTrue(blocked.text().contains("秒ほど待ってから"));
        assertNull(session.cookie("kyodo_token"));
    }

    @Test
    void changePasswordChecksTheCurrentOne() {
        TestAccounts.TestAccount account = accounts.create(Role.CITIZEN);
        WebSession session = accounts.logIn(server.getURL(), account);
        Page wrong = session.post("/account/password", Map.of("currentPassword", "nope",
                "newPassword", "new-pass-2026", "newPasswordConfirm", "new-pass-2026"));
        assertEquals(422, wrong.status());
        assertTrue(wrong.html().selectFirst("#currentPassword-error").text().contains("正しくありません"));

        Page ok = session.post("/account/password", Map.of("currentPassword", account.password(),
                "newPassword", "new-pass-2026", "newPasswordConfirm", "new-pass-2026"));
        assertEquals(303, ok.status());
        assertEquals(200, session.get("/account").status(), "this login continues");
        WebSession.at(server.getURL()).logIn(account.email(), "new-pass-2026");
        assertFalse(visitor().post("/login", Map.of("email", account.email(), "password", account.password()))
                .status() == 303);
    }
}
