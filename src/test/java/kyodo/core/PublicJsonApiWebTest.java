package kyodo.core;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read-only public JSON API of every module through HTTP, as an outside client calls it: the content,
 * the paging envelope, 404 and 400 as problem details, times with the city's offset, and no private field.
 */
@MicronautTest(transactional = false)
class PublicJsonApiWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    PublicDataFixture data;
    @Inject
    JsonMapper json;

    WebSession client;

    @BeforeEach
    void data() {
        data.ensure();
        client = WebSession.at(server.getURL());
    }

    private Page call(String path) {
        return client.sendJsonAccepting("*/*", "GET", path, null);
    }

    private Map<String, Object> ok(String path) {
        Page page = call(path);
        assertEquals(200, page.status(), path + " " + page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return map(page.bytes());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(byte[] body) {
        try {
            return json.readValue(body, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        assertTrue(page.get("items") instanceof List, "items is always a list: " + page);
        assertNotNull(page.get("total"));
        return (List<Map<String, Object>>) page.get("items");
    }

    private Map<String, Object> problem(String path, int status) {
        Page page = call(path);
        assertEquals(status, page.status(), path + " " + page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith(ApiProblems.MEDIA_TYPE), path);
        Map<String, Object> body = map(page.bytes());
        assertEquals(status, ((Number) body.get("status")).intValue(), path);
        assertNotNull(body.get("title"), path);
        return body;
    }

    /** The paging rules of a list: the envelope, size honoured, past the end empty, bad page or size a 400. */
    private void pages(String list) {
        String sep = list.contains("?") ? "&" : "?";
        Map<String, Object> first = ok(list + sep + "page=1&size=1");
        assertEquals(1, ((Number) first.get("page")).intValue());
        assertEquals(1, ((Number) first.get("size")).intValue());
        assertTrue(items(first).size() <= 1);
        long total = ((Number) first.get("total")).longValue();
        Map<String, Object> past = ok(list + sep + "page=" + (total + 2) + "&size=1");
        assertEquals(List.of(), items(past), "past the end: an empty list, not a missing one");
        assertEquals(total, ((Number) past.get("total")).longValue());
        Map<String, Object> defaults = ok(list);
        assertEquals(1, ((Number) defaults.get("page")).intValue());
        assertEquals(ApiPage.DEFAULT_SIZE, ((Number) defaults.get("size")).intValue());
        assertNotNull(defaults.get("pages"), "the one envelope: " + defaults);
        for (String bad : new String[]{"page=0", "page=-1", "page=abc", "size=0", "size=101", "size=x", "page=1.5"}) {
            assertNotNull(problem(list + sep + bad, 400).get("detail"), "one paging rule, one message: " + bad);
        }
    }

    private static void offset(Object time) {
        assertTrue(time instanceof String s && s.endsWith("+09:00"), "RFC 3339 with the city's offset: " + time);
        OffsetDateTime.parse((String) time);
    }

    @Test
    void groupsArePublicFieldsOfApprovedGroupsOnly() {
        List<Map<String, Object>> found = items(ok("/api/v1/groups?q=" + data.tag()));
        assertEquals(1, found.size(), found.toString());
        Map<String, Object> g = found.get(0);
        assertEquals(data.groupName(), g.get("name"));
        assertEquals("CIVIC", g.get("type"));
        assertEquals(List.of("CHILDCARE"), g.get("fields"));
        assertEquals("/groups/" + data.groupId(), g.get("url"));
        offset(g.get("updatedAt"));
        for (String key : new String[]{"privateContact", "publicContact", "createdBy", "status", "statusNote"}) {
            assertFalse(g.containsKey(key), key);
        }
        String body = call("/api/v1/groups/" + data.groupId()).body();
        assertFalse(body.contains("090-0000-1111") || body.contains("0123-45-6789"), body);
        assertEquals(data.groupName(), ok("/api/v1/groups/" + data.groupId()).get("name"));
        assertEquals(List.of(), items(ok("/api/v1/groups?q=no-such-group-" + data.tag())));
        problem("/api/v1/groups/999999999", 404);
        pages("/api/v1/groups");
    }

    @Test
    void lecturesAndBoardPostsAreThePublishedOnes() {
        List<Map<String, Object>> lectures = items(ok("/api/v1/lectures?q=" + data.tag()));
        assertEquals(1, lectures.size());
        assertEquals(data.lectureTitle(), lectures.get(0).get("title"));
        assertEquals(0, ((Number) lectures.get(0).get("fee")).intValue());
        assertEquals(List.of("ELEMENTARY"), lectures.get(0).get("audiences"));
        assertEquals(data.lectureTitle(), ok("/api/v1/lectures/" + data.lectureId()).get("title"));
        problem("/api/v1/lectures/999999999", 404);
        pages("/api/v1/lectures");

        List<Map<String, Object>> posts = items(ok("/api/v1/board/posts?q=" + data.tag()));
        assertEquals(1, posts.size());
        Map<String, Object> post = posts.get(0);
        assertEquals(data.postTitle(), post.get("title"));
        assertEquals("REQUEST", post.get("kind"));
        offset(post.get("publishedAt"));
        for (String key : new String[]{"accountId", "statusNote", "formKey", "status"}) {
            assertFalse(post.containsKey(key), key);
        }
        assertFalse(call("/api/v1/board/posts/" + data.postId()).body().contains("\"" + data.posterId() + "\""));
        assertEquals(data.postTitle(), ok("/api/v1/board/posts/" + data.postId()).get("title"));
        assertTrue(items(ok("/api/v1/board/posts?kind=OFFER&q=" + data.tag())).isEmpty());
        problem("/api/v1/board/posts/999999999", 404);
        pages("/api/v1/board/posts");
    }

    @Test
    @SuppressWarnings("unchecked")
    void subsidyProgramsHaveWindowsWithTheirStatusAndTheAdoptedProjectsTheirAmounts() {
        Map<String, Object> program = ok("/api/v1/subsidies/programs/" + data.programId());
        List<Map<String, Object>> windows = (List<Map<String, Object>>) program.get("windows");
        assertFalse(windows.isEmpty());
        for (Map<String, Object> w : windows) {
            assertTrue(Set.of("UPCOMING", "OPEN", "CLOSED").contains(w.get("status")), w.toString());
            assertTrue(Set.of("募集前", "募集中", "締切").contains(w.get("statusLabel")), w.toString());
            offset(w.get("opensAt"));
            offset(w.get("closesAt"));
        }
        assertTrue(windows.stream().anyMatch(w -> "OPEN".equals(w.get("status"))), "the demo program has a window open today");
        assertFalse(((List<?>) program.get("categories")).isEmpty());
        assertTrue(items(ok("/api/v1/subsidies/programs?size=100")).stream()
                .anyMatch(p -> ((Number) p.get("id")).longValue() == data.programId()));
        problem("/api/v1/subsidies/programs/999999999", 404);
        pages("/api/v1/subsidies/programs");

        Map<String, Object> adopted = items(ok("/api/v1/subsidies/adopted?size=100")).stream()
                .filter(a -> data.projectTitle().equals(a.get("title"))).findFirst().orElseThrow();
        assertEquals(87500, ((Number) adopted.get("amount")).intValue());
        assertEquals(true, adopted.get("confirmed"));
        assertEquals(data.groupName(), adopted.get("groupName"));
        pages("/api/v1/subsidies/adopted");
    }

    @Test
    @SuppressWarnings("unchecked")
    void plansHaveTheirItemsWithYearlyMarksAndTheirKpis() {
        Map<String, Object> plan = items(ok("/api/v1/plans?size=100")).stream()
                .filter(p -> "第2次協働のまちづくり推進計画".equals(p.get("name"))).reduce((a, b) -> b).orElseThrow();
        long id = ((Number) plan.get("id")).longValue();
        assertFalse(((List<?>) plan.get("publishedYears")).isEmpty(), "the demo publishes last year's results");
        assertEquals(plan.get("name"), ok("/api/v1/plans/" + id).get("name"));
        List<Map<String, Object>> items = items(ok("/api/v1/plans/" + id + "/items?size=100"));
        assertFalse(items.isEmpty());
        items.forEach(i -> assertTrue(i.get("marks") instanceof List, "marks always present"));
        Map<String, Object> marked = items.stream().filter(i -> !((List<?>) i.get("marks")).isEmpty()).findFirst().orElseThrow();
        Map<String, Object> mark = ((List<Map<String, Object>>) marked.get("marks")).get(0);
        assertTrue(Set.of("DONE", "ON_TRACK", "CONTINUING").contains(mark.get("mark")), mark.toString());
        pages("/api/v1/plans/" + id + "/items");

        List<Map<String, Object>> kpis = items(ok("/api/v1/plans/" + id + "/kpis"));
        Map<String, Object> share = kpis.stream().filter(k -> "地域の活動に参加している市民の割合".equals(k.get("name")))
                .findFirst().orElseThrow();
        assertEquals("%", share.get("unit"));
        List<Map<String, Object>> years = (List<Map<String, Object>>) share.get("years");
        assertTrue(years.stream().anyMatch(y -> y.get("actual") != null && ((Number) y.get("actual")).doubleValue() == 36.4));
        pages("/api/v1/plans/" + id + "/kpis");

        problem("/api/v1/plans/999999999", 404);
        problem("/api/v1/plans/999999999/items", 404);
        problem("/api/v1/plans/999999999/kpis", 404);
        pages("/api/v1/plans");
    }

    @Test
    void publicCommentsHaveTheirResultsAndNoSenders() {
        List<Map<String, Object>> drafts = items(ok("/api/v1/voices/comments?size=100"));
        assertFalse(drafts.isEmpty());
        Map<String, Object> withResult = drafts.stream().filter(d -> d.get("result") != null).findFirst().orElseThrow();
        assertEquals("RESULT_PUBLISHED", withResult.get("status"));
        long id = ((Number) withResult.get("id")).longValue();
        Page one = call("/api/v1/voices/comments/" + id);
        assertEquals(200, one.status());
        for (String key : new String[]{"\"name\"", "\"email\"", "\"address\"", "\"token\"", "\"accountId\""}) {
            assertFalse(one.body().contains(key), key + " in " + one.body());
        }
        assertTrue(map(one.bytes()).get("sections") instanceof List);
        assertTrue(map(one.bytes()).get("documents") instanceof List);
        problem("/api/v1/voices/comments/999999999", 404);
        pages("/api/v1/voices/comments");
    }

    @Test
    void newsIsWhatIsShownToday() {
        List<Map<String, Object>> news = items(ok("/api/v1/news?size=100"));
        Map<String, Object> item = news.stream().filter(n -> "とみさと協働塾の受講生を募集します".equals(n.get("title")))
                .findFirst().orElseThrow();
        assertEquals("EVENT", item.get("category"));
        assertTrue(((String) item.get("bodyHtml")).contains("<strong>"));
        offset(item.get("updatedAt"));
        long id = ((Number) item.get("id")).longValue();
        assertEquals(item.get("title"), ok("/api/v1/news/" + id).get("title"));
        assertTrue(items(ok("/api/v1/news?category=REPORT&size=100")).stream().allMatch(n -> "REPORT".equals(n.get("category"))));
        problem("/api/v1/news/999999999", 404);
        pages("/api/v1/news");
    }
}
