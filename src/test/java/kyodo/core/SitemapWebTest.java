package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** サイトマップ lists every public page of the menu, grouped by module, and is linked from every page's footer. */
@MicronautTest(transactional = false)
class SitemapWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    List<NavigationLink.Provider> providers;
    @Inject
    kyodo.support.TestAccounts accounts;

    @Test
    void theSitemapListsEveryPublicMenuPageByModule() {
        WebSession session = WebSession.at(server.getURL());
        assertEquals("/sitemap", session.get("/events").html().selectFirst("footer a[href=/sitemap]").attr("href"));
        WebSession.Page page = session.get("/sitemap");
        assertEquals(200, page.status());
        Document doc = page.html();
        assertEquals("サイトマップ", doc.selectFirst("main h1").text());
        List<String> hrefs = doc.select("main section a").eachAttr("href");
        providers.stream().flatMap(p -> p.links().stream())
                .filter(l -> l.menu() == NavigationLink.Menu.MAIN && l.role() == null)
                .forEach(l -> assertTrue(hrefs.contains(l.path()), l.path() + " on the site map"));
        assertTrue(hrefs.containsAll(List.of("/contact", "/privacy", "/accessibility")));
        assertFalse(hrefs.stream().anyMatch(h -> h.startsWith("/admin") || h.startsWith("/review") || h.equals("/points")),
                "no staff or members' pages: " + hrefs);
        // one section per module with public pages, each headed
        assertTrue(doc.select("main section h2").size() >= 6, doc.select("main section h2").eachText().toString());
        assertTrue(doc.select("main section").stream().anyMatch(s -> s.select("a[href=/groups]").size() == 1
                && s.select("a[href=/board]").size() == 1), "the directory's pages together");
        assertEquals("page", doc.selectFirst("nav.breadcrumbs a[href=/sitemap]").attr("aria-current"));
    }

    @Test
    void theSitemapIsInEnglishToo() {
        WebSession session = WebSession.at(server.getURL());
        session.get("/lang?to=en&back=/sitemap");
        assertEquals("Site map", session.get("/sitemap").html().selectFirst("main h1").text());
    }
}
