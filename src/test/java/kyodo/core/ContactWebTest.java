package kyodo.core;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.WebSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The footer shows the center's contact from the settings, links to /contact, and every page has a favicon. */
@MicronautTest(transactional = false)
@Property(name = "kyodo.center-name", value = "さくら市 市民活動サポートセンター")
@Property(name = "kyodo.center-address", value = "〒329-1392 さくら市氏家2771 ふれあい館1階")
@Property(name = "kyodo.center-phone", value = "028-681-1111")
@Property(name = "kyodo.center-hours", value = "9:00～17:00（月曜休館）")
@Property(name = "kyodo.center-email", value = "center@example.jp")
@Property(name = "kyodo.center-latitude", value = "36.6853")
@Property(name = "kyodo.center-longitude", value = "139.9660")
class ContactWebTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theFooterShowsTheCentersContactAndLinksToTheContactPage() {
        Document page = WebSession.at(server.getURL()).get("/events").html();
        Element center = page.selectFirst("footer address.site-footer__center");
        assertNotNull(center);
        String text = center.text();
        assertTrue(text.contains("さくら市 市民活動サポートセンター"), text);
        assertTrue(text.contains("所在地: 〒329-1392 さくら市氏家2771 ふれあい館1階"), text);
        assertTrue(text.contains("電話: 028-681-1111"), text);
        assertTrue(text.contains("開館時間: 9:00～17:00（月曜休館）"), text);
        assertEquals("tel:0286811111", center.selectFirst("a").attr("href"));
        assertEquals("お問い合わせ", page.selectFirst("footer a[href=/contact]").text());
        assertTrue(page.selectFirst("head link[rel=icon]").attr("href").matches("/assets/[0-9a-f]{12}/img/favicon\\.svg"));
    }

    @Test
    void theContactPageHasTheSameDetailsAndAMapLinkWithoutEmbeddedMaps() {
        WebSession session = WebSession.at(server.getURL());
        WebSession.Page contact = session.get("/contact");
        assertEquals(200, contact.status());
        Document page = contact.html();
        assertEquals("お問い合わせ", page.selectFirst("main h1").text());
        String details = page.selectFirst("main dl").text();
        assertTrue(details.contains("〒329-1392 さくら市氏家2771 ふれあい館1階"), details);
        assertTrue(details.contains("028-681-1111"), details);
        assertTrue(details.contains("9:00～17:00（月曜休館）"), details);
        assertEquals("mailto:center@example.jp", page.selectFirst("main a[href^=mailto:]").attr("href"));
        assertEquals("https://maps.gsi.go.jp/#16/36.6853/139.9660/", page.selectFirst("main a.contact-map").attr("href"));
        assertNull(page.selectFirst("main iframe, main script, main img[src^=http]"));
    }

    @Test
    void theFaviconIsServed() {
        WebSession.Page icon = WebSession.at(server.getURL()).get("/static/img/favicon.svg");
        assertEquals(200, icon.status());
        assertTrue(icon.body().contains("<svg"));
    }
}
