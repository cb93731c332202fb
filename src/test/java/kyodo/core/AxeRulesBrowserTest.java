package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.Browser;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The browser tests' axe scan: WCAG A and AA, plus heading-order, and no other best-practice rule. */
@MicronautTest(transactional = false)
class AxeRulesBrowserTest {

    @Inject
    EmbeddedServer server;

    private static final String PAGE = "<!DOCTYPE html><html lang=\"ja\"><head><title>t</title></head><body>"
            + "<main><h1>見出し</h1>%s<p>本文</p></main></body></html>";

    @Test
    void aSkippedHeadingLevelFails() {
        try (Browser browser = Browser.open(server.getURL())) {
            browser.driver().get(data(String.format(PAGE, "<h3>小見出し</h3>")));
            AssertionError error = assertThrows(AssertionError.class, browser::assertAccessible);
            assertTrue(error.getMessage().contains("heading-order"), error.getMessage());
        }
    }

    @Test
    void otherBestPracticeRulesAreNotRun() {
        try (Browser browser = Browser.open(server.getURL())) {
            // two regions with the same name break the best-practice rule landmark-unique only
            browser.driver().get(data(String.format(PAGE, "<h2>二</h2><div role=\"region\" aria-label=\"表\">a</div>"
                    + "<div role=\"region\" aria-label=\"表\">b</div>")));
            browser.assertAccessible();
        }
    }

    private static String data(String html) {
        return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
