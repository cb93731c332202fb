package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.Browser;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign up, log in and switch language in Chromium; axe-core on every core page. */
@MicronautTest(transactional = false)
class CoreBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;

    @Test
    void publicPagesAreAccessibleOnDesktopAndPhone() {
        try (Browser browser = Browser.open(server.getURL())) {
            for (String path : List.of("/", "/login", "/signup", "/password/forgot", "/password/reset/not-a-token",
                    "/privacy", "/accessibility", "/no-such-page")) {
                browser.go(path).assertAccessible();
            }
            browser.phone().go("/").assertAccessible().screenshot("home-phone");
            browser.go("/signup").assertAccessible();
        }
    }

    @Test
    void signUpLogInAndSwitchLanguageWithTheKeyboardAndForms() {
        String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        try (Browser browser = Browser.open(server.getURL())) {
            browser.go("/");
            // The first Tab reaches the skip link.
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            assertEquals("skip-link", focused.getAttribute("class"));

            browser.go("/signup").type("#email", "wrong").click("form[action='/signup'] button[type=submit]");
            assertTrue(browser.text().contains("メールアドレスの形式が正しくありません"));
            assertEquals("wrong", browser.find("#email").getAttribute("value"));
            browser.assertAccessible().screenshot("signup-errors");

            browser.type("#email", email).type("#displayName", "ブラウザ 花子").type("#nameKana", "ブラウザ ハナコ")
                    .type("#password", "browser-2026!").type("#passwordConfirm", "browser-2026!")
                    .click("form[action='/signup'] button[type=submit]");
            assertEquals("/login", browser.path());
            assertTrue(browser.text().contains("登録が完了しました"));

            browser.logIn(email, "browser-2026!");
            assertTrue(browser.text().contains("ブラウザ 花子 さん"));
            browser.go("/account").assertAccessible();
            browser.go("/account/tokens").assertAccessible();
            browser.type("#name", "ブラウザのスクリプト").click("form[action='/account/tokens'] button[type=submit]");
            assertTrue(browser.text().contains("今だけ表示"), browser.text());
            browser.assertAccessible();
            browser.screenshot("account-tokens");
            browser.go("/account");

            browser.click("a[hreflang=en]");
            assertEquals("/account", browser.path());
            assertTrue(browser.text().contains("My page"));
            assertEquals("en", browser.find("html").getAttribute("lang"));
            browser.assertAccessible();
            browser.click("a[hreflang=ja]");
            assertTrue(browser.text().contains("マイページ"));

            browser.click(".account-menu button[type=submit]");
            assertTrue(browser.text().contains("ログイン"));
        }
    }

    @Test
    void theAxeScanReportsViolations() {
        try (Browser browser = Browser.open(server.getURL())) {
            browser.driver().get("data:text/html;charset=utf-8,<html><body><img src='x.png'><input type='text'></body></html>");
            org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, browser::assertAccessible);
        }
    }

    @Test
    void adminPagesAreAccessible() {
        TestAccount admin = accounts.create(Role.ADMIN);
        TestAccount citizen = accounts.create(Role.CITIZEN);
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(admin.email(), admin.password());
            for (String path : List.of("/manage", "/admin/accounts", "/admin/accounts/" + citizen.id(),
                    "/admin/audit", "/admin/outbox")) {
                browser.go(path).assertAccessible();
            }
            browser.go("/admin/accounts/" + citizen.id()).screenshot("admin-account");
        }
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(citizen.email(), citizen.password()).go("/admin/accounts");
            assertTrue(browser.text().contains("権限がありません"));
            browser.assertAccessible();
        }
    }
}
