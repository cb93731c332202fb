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

/** Without coordinates (the default settings) the contact page has no map link; empty settings leave their line out. */
@MicronautTest(transactional = false)
class ContactWithoutCoordinatesWebTest {

    @Inject
    EmbeddedServer server;

    @Test
    void noCoordinatesNoMapLink() {
        Document page = WebSession.at(server.getURL()).get("/contact").html();
        assertEquals("お問い合わせ", page.selectFirst("main h1").text());
        assertNull(page.selectFirst("main a.contact-map"));
        assertNotNull(page.selectFirst("footer address .site-footer__center-name"));
    }

    @Test
    void onlySensibleCoordinatesMakeAMapLink() {
        assertEquals("https://maps.gsi.go.jp/#16/36.6853/139.9660/", kyodo.core.web.Center.gsiMap("36.6853", "139.9660"));
        assertNull(kyodo.core.web.Center.gsiMap("", "139.9660"));
        assertNull(kyodo.core.web.Center.gsiMap("north", "139.9660"));
        assertNull(kyodo.core.web.Center.gsiMap("95.0", "139.9660"));
    }
}
