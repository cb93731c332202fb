package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.Browser;
import kyodo.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The header's search box in Chromium: half-width katakana typed on a phone finds the 協働塾; axe-clean results. */
@MicronautTest(transactional = false)
class SiteSearchBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    List<DemoData> demoData;

    @Test
    void theHeaderBoxFindsWhatWasTypedInHalfWidthKatakana() {
        Map<Role, Long> ids = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            ids.put(role, accounts.create(role).id());
        }
        demoData.stream().filter(d -> d.getClass().getName().startsWith("kyodo.events.")).forEach(d -> d.seed(ids));
        try (Browser browser = Browser.open(server.getURL())) {
            browser.phone().go("/").screenshot("search-header-360");
            browser.find("#site-search-q").sendKeys("ｷｮｳﾄﾞｳ", Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> browser.path().equals("/search"));
            assertTrue(browser.text().contains("とみさと協働塾"), browser.text());
            assertEquals("ｷｮｳﾄﾞｳ", browser.find("#search-q").getAttribute("value"));
            browser.assertAccessible().screenshot("search-results-360");
            browser.desktop().screenshot("search-results-1280");

            browser.go("/search?q=");
            assertTrue(browser.text().contains("検索する言葉を入力してください"));
            browser.assertAccessible();
            browser.go("/search?q=%E5%AD%98%E5%9C%A8%E3%81%97%E3%81%AA%E3%81%84zzqq");
            assertTrue(browser.text().contains("見つかりませんでした"));
            browser.assertAccessible().screenshot("search-none-1280");
            browser.go("/search?q=" + "a".repeat(2000));
            assertTrue(browser.text().contains("100文字以内"));
            browser.assertAccessible();
        }
    }
}
