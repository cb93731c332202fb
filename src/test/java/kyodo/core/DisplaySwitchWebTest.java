package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 文字サイズ and 白黒: plain links in the footer, a cookie for a year, a class on {@code <html>} set by the server. */
@MicronautTest(transactional = false)
class DisplaySwitchWebTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theFooterOffersTheSizesAndTheContrastAsLinksBackToThePage() {
        Document page = WebSession.at(server.getURL()).get("/events").html();
        assertEquals("", page.selectFirst("html").attr("class"));
        var sizes = page.select("footer nav.display-switch a[href^=/display?text=]");
        assertEquals(3, sizes.size());
        assertEquals("標準", sizes.get(0).text());
        assertEquals("大", sizes.get(1).text());
        assertEquals("特大", sizes.get(2).text());
        assertEquals("true", sizes.get(0).attr("aria-current"));
        assertTrue(sizes.get(1).attr("href").contains("back=/events"), sizes.get(1).attr("href"));
        assertNotNull(page.selectFirst("footer a[href^=/display?contrast=high]"));
        assertNull(page.selectFirst("footer script, footer form[action=/display]"));
    }

    @Test
    void aChosenSizeIsKeptInACookieAndSetAsAClassOnTheServer() {
        WebSession session = WebSession.at(server.getURL());
        WebSession.Page redirect = session.get("/display?text=l&back=/events");
        assertTrue(redirect.status() / 100 == 3, "a redirect, was " + redirect.status());
        assertEquals("/events", redirect.location());
        String setCookie = redirect.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("kyodo-text=")).findFirst().orElseThrow();
        assertTrue(setCookie.startsWith("kyodo-text=l"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("Max-Age=31536000"), setCookie);
        assertEquals("l", session.cookie("kyodo-text"));

        Document page = session.get("/events").html();
        assertEquals("text-l", page.selectFirst("html").attr("class"));
        assertEquals("true", page.selectFirst("footer a[href^=/display?text=l]").attr("aria-current"));

        session.get("/display?contrast=high&back=/");
        assertEquals("high", session.cookie("kyodo-contrast"));
        assertEquals("text-l contrast-high", session.get("/").html().selectFirst("html").attr("class"));

        session.get("/display?text=xl&contrast=normal&back=/");
        assertEquals("text-xl", session.get("/").html().selectFirst("html").attr("class"));
    }

    @Test
    void anOutsideBackAndUnknownValuesAreRefused() {
        WebSession session = WebSession.at(server.getURL());
        assertEquals("/", session.get("/display?text=l&back=https://evil.example/").location());
        assertEquals("/", session.get("/display?text=l&back=//evil.example/").location());
        assertEquals("/", session.get("/display?text=l&back=/%2Fevil.example").location());
        WebSession.Page odd = session.get("/display?text=huge&contrast=neon&back=/events");
        assertEquals("/events", odd.location());
        assertTrue(odd.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("kyodo-")));
        // A cookie set by hand to something else counts as the default.
        WebSession odd2 = WebSession.at(server.getURL());
        odd2.setCookie("kyodo-text", "<script>");
        odd2.setCookie("kyodo-contrast", "neon");
        assertEquals("", odd2.get("/").html().selectFirst("html").attr("class"));
    }
}
