package kyodo.events;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON API under /api/v1 and its OpenAPI document. */
@MicronautTest(transactional = false)
class EventApiWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    kyodo.core.CityClock clock;

    @Test
    void publicDataRegisterAndCancelOverJson() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        String title = EventFixtures.unique("API講座");
        long id = EventFixtures.createPublished(staff, title, 1);

        WebSession anonymous = WebSession.at(server.getURL());
        Page list = anonymous.sendJson("GET", "/api/v1/events?q=" + EventWebTest.enc(title), null);
        assertEquals(200, list.status(), list.body());
        assertTrue(list.body().contains("\"title\":\"" + title + "\""), list.body());
        assertTrue(list.body().contains("\"seatsLeft\":1"));
        Page one = anonymous.sendJson("GET", "/api/v1/events/" + id, null);
        assertEquals(200, one.status());
        assertTrue(one.body().contains("\"sessions\":[{\"number\":1"), one.body());
        assertEquals(401, anonymous.sendJson("POST", "/api/v1/events/" + id + "/registration", "{}").status());

        WebSession a = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Page created = a.sendJson("POST", "/api/v1/events/" + id + "/registration", "{\"companions\":0}");
        assertEquals(201, created.status(), created.body());
        assertTrue(created.body().contains("\"status\":\"CONFIRMED\""));
        WebSession b = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Page waiting = b.sendJson("POST", "/api/v1/events/" + id + "/registration", "{}");
        assertEquals(201, waiting.status());
        assertTrue(waiting.body().contains("\"status\":\"WAITLISTED\"") && waiting.body().contains("\"waitlistPosition\":1"), waiting.body());

        assertEquals(204, a.sendJson("DELETE", "/api/v1/events/" + id + "/registration", null).status());
        Page promoted = b.sendJson("GET", "/api/v1/events/" + id + "/registration", null);
        assertTrue(promoted.body().contains("\"status\":\"CONFIRMED\""), promoted.body());
        Page mine = b.sendJson("GET", "/api/v1/me/registrations", null);
        assertTrue(mine.body().contains(title));

        Page again = a.sendJson("DELETE", "/api/v1/events/" + id + "/registration", null);
        assertEquals(422, again.status());
        assertTrue(again.body().contains("取り消せる申込みがありません"), again.body());
    }

    @Test
    void closedRegistrationIsA422WithTheJapaneseMessage() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        Map<String, String> form = EventFixtures.form(EventFixtures.unique("締切API"), 5);
        form.put("eventOpensAt", EventFixtures.LOCAL.format(clock.now().minusDays(3)));
        form.put("eventClosesAt", EventFixtures.LOCAL.format(clock.now().minusHours(1)));
        long id = EventFixtures.createPublished(staff, form);
        Page page = accounts.loggedIn(server.getURL(), Role.CITIZEN)
                .sendJson("POST", "/api/v1/events/" + id + "/registration", "{\"companions\":0}");
        assertEquals(422, page.status());
        assertTrue(page.body().contains("申込みの受付は締め切りました"), page.body());
    }

    @Test
    void whoCancelsAndRegistersAgainQueuesBehindEveryoneWaiting() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long id = EventFixtures.createPublished(staff, EventFixtures.unique("順番"), 1);
        WebSession first = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        WebSession early = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        WebSession later = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        String path = "/api/v1/events/" + id + "/registration";
        assertTrue(first.sendJson("POST", path, "{}").body().contains("CONFIRMED"));
        assertTrue(early.sendJson("POST", path, "{}").body().contains("\"waitlistPosition\":1"));
        assertTrue(later.sendJson("POST", path, "{}").body().contains("\"waitlistPosition\":2"));
        // A second submit answers with the registration there is, at its place.
        Page again = later.sendJson("POST", path, "{}");
        assertEquals(201, again.status(), again.body());
        assertTrue(again.body().contains("\"status\":\"WAITLISTED\"") && again.body().contains("\"waitlistPosition\":2"), again.body());
        assertTrue(first.sendJson("POST", path, "{}").body().contains("\"status\":\"CONFIRMED\""));
        // Within the same second: a time-ordered queue would put the earlier row first again.
        assertEquals(204, early.sendJson("DELETE", path, null).status());
        assertTrue(early.sendJson("POST", path, "{}").body().contains("\"waitlistPosition\":2"));
        assertTrue(later.sendJson("GET", path, null).body().contains("\"waitlistPosition\":1"));
        assertEquals(204, first.sendJson("DELETE", path, null).status());
        assertTrue(later.sendJson("GET", path, null).body().contains("CONFIRMED"), "the one who waited longer moves up");
        assertTrue(early.sendJson("GET", path, null).body().contains("\"waitlistPosition\":1"));
    }

    @Test
    void everyApiErrorIsProblemDetailsWhateverTheAcceptHeader() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long id = EventFixtures.createPublished(staff, EventFixtures.unique("問題API"), 1);
        WebSession anonymous = WebSession.at(server.getURL());
        for (String accept : new String[]{"application/json", "*/*", "text/html,*/*;q=0.8"}) {
            assertProblem(anonymous.sendJsonAccepting(accept, "GET", "/api/v1/events/999999999", null), 404);
            assertProblem(anonymous.sendJsonAccepting(accept, "GET", "/api/v1/events?page=abc", null), 400);
            assertProblem(anonymous.sendJsonAccepting(accept, "GET", "/api/v1/me/registrations", null), 401);
            assertProblem(anonymous.sendJsonAccepting(accept, "GET", "/api/v1/nothing-here", null), 404);
        }
        // A client that accepts only HTML is told so, in problem details too.
        assertProblem(anonymous.sendJsonAccepting("text/html", "GET", "/api/v1/events/" + id, null), 406);
        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Page text = citizen.sendJsonAccepting("*/*", "POST", "/api/v1/events/" + id + "/registration", "{\"companions\":\"abc\"}");
        assertProblem(text, 400);
        Page broken = citizen.sendJsonAccepting("*/*", "POST", "/api/v1/events/" + id + "/registration", "{\"companions\":");
        assertProblem(broken, 400);
        Page tooMany = citizen.sendJsonAccepting("*/*", "POST", "/api/v1/events/" + id + "/registration", "{\"companions\":5}");
        assertProblem(tooMany, 422);
        assertTrue(tooMany.body().contains("\"errors\":{\"companions\":["), "the messages by the request's field: " + tooMany.body());
        String mine = citizen.sendJson("GET", "/api/v1/me/registrations", null).body();
        assertTrue(mine.contains("\"items\":[]") && mine.contains("\"total\":0"), "a refused registration wrote nothing: " + mine);
    }

    private static void assertProblem(Page page, int status) {
        assertEquals(status, page.status(), page.body());
        String type = page.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/problem+json") || type.startsWith("application/json"), type);
        assertTrue(page.body().contains("\"status\":" + status) && page.body().contains("\"title\":\""), page.body());
    }

    @Test
    void openApiDocumentIsServed() {
        Page doc = WebSession.at(server.getURL()).get("/api/v1/openapi.yml");
        assertEquals(200, doc.status());
        assertTrue(doc.body().startsWith("openapi: 3."), "generated from the controllers");
        assertTrue(doc.body().contains("/api/v1/events/{id}/registration:"));
        assertTrue(!doc.body().contains("/admin/"), "the portal's pages are not part of the API");
        Page json = WebSession.at(server.getURL()).get("/api/v1/openapi.json");
        assertEquals(200, json.status());
        assertTrue(json.body().contains("\"/api/v1/me/registrations\""));
    }
}
