package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.WebSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main navigation is a details/summary menu: a button first, then the links, no script needed. */
@MicronautTest(transactional = false)
class PhoneMenuWebTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theNavigationIsAMenuButtonFollowedByItsLinks() {
        Document page = WebSession.at(server.getURL()).get("/events").html();
        Element nav = page.selectFirst("header nav.main-nav");
        assertNotNull(nav);
        assertEquals("メインメニュー", nav.attr("aria-label"));
        Element menu = nav.selectFirst("details.main-nav__menu");
        assertNotNull(menu);
        assertFalse(menu.hasAttr("open"), "closed by default; the stylesheet shows the links at desktop width");
        Element summary = menu.child(0);
        assertEquals("summary", summary.tagName());
        assertEquals("メニュー", summary.text());
        // The links follow the button, in the order they always had.
        assertTrue(menu.select("summary ~ ul a").size() >= 4);
        assertEquals("/events", menu.selectFirst("a[aria-current=page]").attr("href"));
        assertNull(page.selectFirst("header [onclick], header script"));
    }

    @Test
    void theMenuIsInEnglishToo() {
        WebSession session = WebSession.at(server.getURL());
        session.get("/lang?to=en&back=/");
        assertEquals("Menu", session.get("/").html().selectFirst(".main-nav__button").text());
    }
}
