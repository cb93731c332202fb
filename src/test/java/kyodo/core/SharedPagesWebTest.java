package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.internal.database.DataChanges;
import kyodo.directory.DirectoryTestData;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Public pages are rendered once for all anonymous visitors and served as stored (SharedPages):
 * the stored page holds nothing of one visitor, a change committed here shows at once, and
 * signed-in people get their own name and token on a page shared by everyone with their roles.
 */
@MicronautTest(transactional = false)
class SharedPagesWebTest {

    static final List<String> SHARED = List.of("/", "/events", "/groups", "/board", "/lectures", "/subsidies",
            "/news", "/cases", "/plan");

    /** The marks a page shared by signed-in visitors is kept with (PersonalPage): a random part drawn at start. */
    static final Pattern MARK = Pattern.compile("kyodo-shared-(name|token)-[0-9a-z]{12,}");

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DataChanges changes;

    @Test
    void anonymousVisitorsShareOnePageWithoutTokenOrCookieAndSignedInPeopleGetTheirOwn() {
        TestAccounts.TestAccount citizen = accounts.create(Role.CITIZEN);
        WebSession signedIn = accounts.logIn(server.getURL(), citizen);
        for (String path : SHARED) {
            WebSession first = WebSession.at(server.getURL());
            WebSession second = WebSession.at(server.getURL());
            Page one = first.get(path);
            Page two = second.get(path);
            assertEquals(200, one.status(), path);
            assertEquals(200, two.status(), path);
            String etag = one.headers().firstValue("ETag").orElse(null);
            assertNotNull(etag, path);
            assertEquals(etag, two.headers().firstValue("ETag").orElse(null), path + " is one page for everyone");
            assertTrue(two.headers().allValues("Set-Cookie").isEmpty(), path + " sets no cookie");
            assertTrue(two.html().select("meta[name=csrf-token], input[name=csrfToken]").isEmpty(), path);

            Page own = signedIn.get(path);
            assertEquals(200, own.status(), path);
            assertTrue(own.body().contains(citizen.name()), path + " shows the signed-in name");
            assertTrue(own.body().contains(signedIn.csrfToken()), path + " carries the signed-in token");
            assertFalse(first.get(path).body().contains(citizen.name()), path);
        }
    }

    @Test
    void signedInPeopleWithTheSameRolesShareOneRenderingFilledWithTheirOwnNameAndToken() {
        WebSession first = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        WebSession second = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        String firstName = first.get("/account").html().selectFirst(".account-menu__name").text();
        String secondName = second.get("/account").html().selectFirst(".account-menu__name").text();
        assertNotEquals(firstName, secondName);
        for (String path : List.of("/events", "/subsidies", "/board", "/groups", "/lectures", "/plan", "/news")) {
            String address = path + "?shared=" + DirectoryTestData.unique();
            Page rendered = first.get(address);
            Page stored = second.get(address);
            Page again = second.get(address);
            assertEquals(200, stored.status(), address);
            assertEquals(firstName, rendered.html().selectFirst(".account-menu__name").text(), address);
            assertEquals(secondName, stored.html().selectFirst(".account-menu__name").text(), address);
            assertEquals(second.csrfToken(), stored.html().selectFirst("meta[name=csrf-token]").attr("content"), address);
            assertEquals(second.csrfToken(), stored.html().selectFirst("form[action=/logout] input[name=csrfToken]").val());
            assertFalse(stored.body().contains(firstName) || stored.body().contains(first.csrfToken()),
                    address + " holds nothing of the visitor it was rendered for");
            assertFalse(MARK.matcher(stored.body()).find() || MARK.matcher(rendered.body()).find(), address + ": no mark left");
            String etag = stored.headers().firstValue("ETag").orElseThrow();
            assertNotEquals(rendered.headers().firstValue("ETag").orElseThrow(), etag, address + ": a tag per visitor");
            assertEquals(etag, again.headers().firstValue("ETag").orElseThrow(), address);
            assertTrue(stored.html().select("a[href=/manage]").isEmpty(), address);
            assertFalse(coordinator.get(address).html().select("a[href=/manage]").isEmpty(),
                    address + ": other roles, other menus");
        }
        // A missing page met while rendering for the store is the visitor's own too.
        Page missing = second.get("/subsidies/programs/987654321");
        assertEquals(404, missing.status());
        assertEquals(secondName, missing.html().selectFirst(".account-menu__name").text());
        assertFalse(MARK.matcher(missing.body()).find());
        // A revisit of the stored page costs a 304.
        String etag = second.get("/events").headers().firstValue("ETag").orElseThrow();
        assertEquals(304, second.header("If-None-Match", etag).get("/events").status());
    }

    @Test
    void textThatLooksLikeAMarkIsShownAsWritten() {
        String name = "kyodo-shared-token-0 kyodo-shared-name-0 " + DirectoryTestData.unique();
        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        long id = DirectoryTestData.registerGroup(citizen, DirectoryTestData.groupForm(name));
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        assertEquals(303, coordinator.post("/admin/groups/" + id + "/approve", Map.of()).status());
        String search = "/groups?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        citizen.get(search);
        WebSession other = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Page stored = other.get(search);
        assertTrue(stored.text().contains(name), "shown as written");
        assertFalse(stored.body().contains(other.csrfToken() + " "), "no token where the text was");
    }

    @Test
    void aChangeShowsAtOnceOnTheSignedInCopyToo() {
        String name = "署名後共有確認の会 " + DirectoryTestData.unique();
        String search = "/groups?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        assertFalse(citizen.get(search).text().contains(name));
        assertFalse(citizen.get(search).text().contains(name), "stored without the group");
        long id = DirectoryTestData.registerGroup(citizen, DirectoryTestData.groupForm(name));
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        assertEquals(303, coordinator.post("/admin/groups/" + id + "/approve", Map.of()).status());
        assertTrue(citizen.get(search).text().contains(name), "the approved group shows at once");
    }

    @Test
    void aStoredPageIsRevalidatedWithA304AndComesGzippedWhenAsked() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(server.getURL() + "/groups");
        HttpResponse<byte[]> first = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        HttpResponse<byte[]> zipped = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null));
        // Security headers come with a stored page too.
        assertTrue(zipped.headers().firstValue("Content-Security-Policy").isPresent());
        assertTrue(zipped.headers().firstValue("X-Content-Type-Options").isPresent());
    }

    @Test
    void aChangeInAnyModuleShowsOnTheStoredPageAtOnce() {
        String name = "共有ページ確認の会 " + DirectoryTestData.unique();
        String search = "/groups?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        WebSession visitor = WebSession.at(server.getURL());
        assertFalse(visitor.get(search).text().contains(name));
        assertFalse(visitor.get(search).text().contains(name), "stored without the group");

        WebSession representative = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        long before = changes.version();
        long id = DirectoryTestData.registerGroup(representative, DirectoryTestData.groupForm(name));
        assertNotEquals(before, changes.version(), "a commit that wrote moves the version");
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        assertEquals(303, coordinator.post("/admin/groups/" + id + "/approve", Map.of()).status());

        assertTrue(visitor.get(search).text().contains(name), "the approved group shows at once");
    }

    @Test
    void readingPagesDoesNotMoveTheVersion() {
        WebSession visitor = WebSession.at(server.getURL());
        visitor.get("/groups?q=" + DirectoryTestData.unique());
        long before = changes.version();
        for (String path : SHARED) {
            visitor.get(path + "?read=" + DirectoryTestData.unique());
        }
        assertEquals(before, changes.version());
    }
}
