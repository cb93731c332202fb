package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Static files under fingerprinted addresses kept for a year, and pages with ETags so that a
 * revisit of an unchanged page costs a 304.
 */
@MicronautTest(transactional = false)
class CachingWebTest {

    @Inject
    EmbeddedServer server;

    @Test
    void stylesheetsAndScriptsHaveFingerprintedAddressesCachedForAYear() {
        WebSession visitor = WebSession.at(server.getURL());
        Document page = visitor.get("/").html();
        List<String> addresses = page.select("head link[rel=stylesheet], head script[src], head link[rel=icon]").stream()
                .map(e -> e.hasAttr("src") ? e.attr("src") : e.attr("href")).toList();
        assertTrue(addresses.size() >= 4, addresses.toString());
        for (String address : addresses) {
            assertTrue(address.matches("/assets/[0-9a-f]{12}/(css|js|img)/[a-z-]+\\.(css|js|svg)"), address);
            WebSession.Page file = visitor.get(address);
            assertEquals(200, file.status(), address);
            assertEquals("public, max-age=31536000, immutable", file.headers().firstValue("Cache-Control").orElse(null));
            String plain = "/static/" + address.replaceFirst("/assets/[0-9a-f]{12}/", "");
            assertArrayEquals(visitor.get(plain).bytes(), file.bytes(), address);
        }
        String css = addresses.stream().filter(a -> a.endsWith("/css/kyodo.css")).findFirst().orElseThrow();
        assertTrue(visitor.get(css).headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    @Test
    void anOldFingerprintGetsTodaysFileRevalidatedAndNothingOutsideTheStaticFolderIsServed() {
        WebSession visitor = WebSession.at(server.getURL());
        WebSession.Page old = visitor.get("/assets/000000000000/css/kyodo.css");
        assertEquals(200, old.status());
        assertEquals("public, no-cache", old.headers().firstValue("Cache-Control").orElse(null));
        for (String climb : new String[]{"/assets/000000000000/../application.yml",
                "/assets/000000000000/%2e%2e/application.yml", "/assets/000000000000/css/none.css"}) {
            int status = visitor.get(climb).status();
            assertTrue(status == 404 || status == 400, climb + " answered " + status);
        }
    }

    @Test
    void anUnchangedPageIsA304WithoutABodyAndAChangedVisitorGetsAnotherTag() throws Exception {
        WebSession visitor = WebSession.at(server.getURL());
        visitor.get("/"); // the form token's cookie, so the next pages are the same bytes
        WebSession.Page first = visitor.get("/events/calendar");
        assertEquals(200, first.status());
        String etag = first.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag);
        assertTrue(etag.startsWith("W/\""), etag);
        assertEquals("private, no-cache", first.headers().firstValue("Cache-Control").orElse(null));

        HttpClient client = HttpClient.newHttpClient();
        HttpRequest.Builder again = HttpRequest.newBuilder(URI.create(server.getURL() + "/events/calendar"))
                .header("Cookie", "kyodo_csrf=" + visitor.cookie("kyodo_csrf"));
        HttpResponse<byte[]> revisit = client.send(again.copy().header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, revisit.statusCode());
        assertEquals(0, revisit.body().length);
        assertEquals(etag, revisit.headers().firstValue("ETag").orElse(null));
        assertNotNull(revisit.headers().firstValue("Content-Security-Policy").orElse(null));

        HttpResponse<byte[]> stale = client.send(again.copy().header("If-None-Match", "W/\"0000\"").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, stale.statusCode());

        WebSession other = WebSession.at(server.getURL());
        other.get("/");
        String otherTag = other.get("/events/calendar").headers().firstValue("ETag").orElse(null);
        assertNotEquals(etag, otherTag, "another visitor's page carries their own form token");
    }
}
