package kyodo.core;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.Db;
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
    @Inject
    kyodo.support.TestAccounts accounts;
    @Inject
    javax.sql.DataSource dataSource;
    @Inject
    kyodo.core.internal.AccessTokenService tokens;
    @Inject
    CityClock clock;

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

    @Test
    void chiiKifuHasItsShopsAndCampaignsAsThePageShowsThem() {
        List<Map<String, Object>> shops = items(ok("/api/v1/support/chiikifu/shops?size=100"));
        for (Map<String, Object> shop : shops) {
            assertEquals(Set.of("id", "name", "area", "kind"), shop.keySet());
            assertTrue(Set.of("MENU", "BOX").contains(shop.get("kind")), shop.toString());
        }
        Map<String, Object> shop = shops.stream().filter(s -> data.shopName().equals(s.get("name"))).findFirst().orElseThrow();
        assertEquals("MENU", shop.get("kind"));
        assertEquals("中央地区", shop.get("area"));
        pages("/api/v1/support/chiikifu/shops");

        List<Map<String, Object>> campaigns = items(ok("/api/v1/support/chiikifu/campaigns?size=100"));
        Map<String, Object> mine = campaigns.stream().filter(c -> ((Number) c.get("fiscalYear")).intValue() == PublicDataFixture.SUPPORT_YEAR
                && ((Number) c.get("number")).intValue() == data.campaignNumber()).findFirst().orElseThrow();
        assertEquals(1, ((Number) mine.get("shops")).intValue());
        assertEquals(1450, ((Number) mine.get("total")).intValue());
        assertEquals(PublicDataFixture.SUPPORT_YEAR + "-08-01", mine.get("startsOn"));
        pages("/api/v1/support/chiikifu/campaigns");
    }

    @Test
    @SuppressWarnings("unchecked")
    void festaEditionsArePublishedOnesWithTheirListsAlwaysPresent() {
        Map<String, Object> edition = ok("/api/v1/support/festa/" + data.festaYear());
        assertEquals("/support/festa/" + data.festaYear(), edition.get("url"));
        assertEquals(1, ((List<?>) edition.get("periods")).size());
        List<Map<String, Object>> posts = (List<Map<String, Object>>) edition.get("posts");
        assertEquals("WANT", posts.get(0).get("kind"));
        List<Map<String, Object>> exhibits = (List<Map<String, Object>>) edition.get("exhibits");
        assertEquals(1, exhibits.size());
        assertEquals(data.groupId(), ((Number) exhibits.get(0).get("groupId")).longValue());
        assertEquals(List.of(), exhibits.get(0).get("photos"), "no photos: an empty list");
        assertTrue(items(ok("/api/v1/support/festa?size=100")).stream()
                .anyMatch(f -> ((Number) f.get("fiscalYear")).intValue() == data.festaYear()));

        // An edition with nothing in it yet shows empty lists; one not published is not found, nor listed.
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        int empty = unusedFestaYear();
        assertEquals(303, staff.post("/admin/support/festa", Map.of("fiscalYear", Integer.toString(empty), "title", "空のフェスタ " + data.tag(),
                "summary", "まだ何もありません。", "exchangeEventId", "", "published", "true")).status());
        Map<String, Object> bare = ok("/api/v1/support/festa/" + empty);
        assertEquals(List.of(), bare.get("periods"));
        assertEquals(List.of(), bare.get("exhibits"));
        assertEquals(List.of(), bare.get("posts"));
        assertTrue(bare.containsKey("exchange") && bare.get("exchange") == null, "no exchange session: null, not missing");
        int hidden = unusedFestaYear();
        assertEquals(303, staff.post("/admin/support/festa", Map.of("fiscalYear", Integer.toString(hidden), "title", "準備中のフェスタ " + data.tag(),
                "summary", "準備中です。", "exchangeEventId", "", "published", "")).status());
        problem("/api/v1/support/festa/" + hidden, 404);
        assertFalse(call("/api/v1/support/festa?size=100").body().contains("準備中のフェスタ " + data.tag()));
        problem("/api/v1/support/festa/999999999", 404);
        pages("/api/v1/support/festa");
    }

    private int unusedFestaYear() {
        for (int year = 2099; ; year--) {
            if (Db.count(dataSource, "SELECT COUNT(*) FROM sup_festa WHERE fiscal_year = ?", year) == 0) {
                return year;
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void lettersShowTheRoundAndOnlyTheRecipientsWhoAgreedToBeNamed() {
        Map<String, Object> round = ok("/api/v1/support/letters/round");
        assertNotNull(round.get("opensOn"));
        assertTrue(round.get("open") instanceof Boolean);
        Page years = call("/api/v1/support/letters/recipients?size=100");
        assertEquals(200, years.status());
        for (String secret : new String[]{data.unnamedRecipient(), data.openNomination(), data.nominationReason(),
                "推薦者 " + data.tag(), "nominator", "reason"}) {
            assertFalse(years.body().contains(secret), secret + " in " + years.body());
        }
        Map<String, Object> thisYear = items(map(years.bytes())).stream()
                .filter(y -> ((Number) y.get("fiscalYear")).intValue() == ((Number) round.get("fiscalYear")).intValue())
                .findFirst().orElseThrow();
        List<Map<String, Object>> named = (List<Map<String, Object>>) thisYear.get("named");
        assertTrue(named.stream().anyMatch(n -> data.namedRecipient().equals(n.get("name")) && "GROUP".equals(n.get("kind"))));
        assertTrue(((Number) thisYear.get("unnamed")).intValue() >= 1, "the one who did not agree is counted, not named");
        assertEquals(((Number) thisYear.get("total")).intValue(), named.size() + ((Number) thisYear.get("unnamed")).intValue());
        pages("/api/v1/support/letters/recipients");
    }

    @Test
    void insuranceFiguresAreCountsOnly() {
        Page figures = call("/api/v1/support/insurance/figures?size=100");
        assertEquals(200, figures.status());
        for (String secret : new String[]{data.claimSecret(), "負傷者 " + data.tag(), "事故の場所 " + data.tag(), "草刈り"}) {
            assertFalse(figures.body().contains(secret), secret + " in " + figures.body());
        }
        Map<String, Object> year = items(map(figures.bytes())).stream()
                .filter(y -> ((Number) y.get("fiscalYear")).intValue() == PublicDataFixture.SUPPORT_YEAR).findFirst().orElseThrow();
        assertEquals(Set.of("fiscalYear", "claims"), year.keySet());
        assertTrue(((Number) year.get("claims")).intValue() >= 1);
        pages("/api/v1/support/insurance/figures");
    }

    @Test
    void caseStudiesAreThePublishedOnesWithoutWhoConsented() {
        List<Map<String, Object>> cases = items(ok("/api/v1/cases?size=100"));
        Map<String, Object> c = cases.stream().filter(x -> data.caseTitle().equals(x.get("title"))).findFirst().orElseThrow();
        assertEquals(data.groupName(), c.get("groupName"));
        assertEquals(data.groupId(), ((Number) c.get("groupId")).longValue());
        assertEquals(List.of(), c.get("photos"), "no photos: an empty list");
        assertTrue(((String) c.get("bodyHtml")).contains("<strong>水曜日</strong>"));
        assertEquals("/cases/" + data.caseId(), c.get("url"));
        offset(c.get("updatedAt"));
        Page one = call("/api/v1/cases/" + data.caseId());
        assertEquals(200, one.status());
        assertFalse(one.body().contains("同意 太郎") || one.body().contains("consent"), one.body());
        assertTrue(cases.stream().noneMatch(x -> ((Number) x.get("id")).longValue() == data.hiddenCaseId()));
        problem("/api/v1/cases/" + data.hiddenCaseId(), 404);
        problem("/api/v1/cases/999999999", 404);
        pages("/api/v1/cases");
    }

    @Test
    @SuppressWarnings("unchecked")
    void councilsHaveTheirSeatsAndCallsButNoMembersNames() {
        Page list = call("/api/v1/voices/councils?size=100");
        assertEquals(200, list.status());
        assertFalse(list.body().contains("\u3000委員\""), "no member's name: " + list.body());
        List<Map<String, Object>> councils = items(map(list.bytes()));
        councils.forEach(c -> assertTrue(c.get("calls") instanceof List, "calls always present: " + c));
        assertTrue(councils.stream().anyMatch(c -> ((List<?>) c.get("calls")).isEmpty()), "a council with no call: an empty list");
        Map<String, Object> mine = councils.stream().filter(c -> data.councilName().equals(c.get("name"))).findFirst().orElseThrow();
        assertEquals(0, ((Number) mine.get("citizenMembers")).intValue());
        assertEquals(2, ((Number) mine.get("citizenSeats")).intValue());
        Map<String, Object> summary = ((List<Map<String, Object>>) mine.get("calls")).get(0);
        assertEquals(data.councilCallId(), ((Number) summary.get("id")).longValue());
        Map<String, Object> call = ok("/api/v1" + summary.get("url"));
        assertEquals(data.councilName(), call.get("councilName"));
        assertEquals("OPEN", call.get("status"));
        assertEquals(true, call.get("accepting"));
        assertEquals(800, ((Number) call.get("essayMax")).intValue());
        problem("/api/v1/voices/councils/recruitments/999999999", 404);
        pages("/api/v1/voices/councils");
    }

    @Test
    void surveysAreTheOnesNotDraftsAndTheirResultsOnlyOncePublished() {
        long department = Db.count(dataSource, "SELECT MIN(id) FROM voi_department");
        long draft = Db.insert(dataSource, """
                INSERT INTO voi_survey (title, intro, department_id, opens_on, closes_on, respondents, status, results_public,
                  created_by, created_at)
                VALUES (?, NULL, ?, '2026-01-01', '2026-01-31', 'OPEN', 'DRAFT', TRUE, ?, '2025-12-01 10:00:00')""",
                "下書きのアンケート " + data.tag(), department, data.posterId());
        List<Map<String, Object>> surveys = items(ok("/api/v1/voices/surveys?size=100"));
        assertTrue(surveys.stream().noneMatch(s -> ("下書きのアンケート " + data.tag()).equals(s.get("title"))), "no draft");
        problem("/api/v1/voices/surveys/" + draft, 404);
        problem("/api/v1/voices/surveys/" + draft + "/results", 404);
        surveys.forEach(s -> assertTrue(s.get("questions") instanceof List && s.containsKey("resultsUrl"), s.toString()));

        Map<String, Object> open = ok("/api/v1/voices/surveys/" + data.openSurveyId());
        assertEquals("OPEN", open.get("status"));
        assertEquals(true, open.get("accepting"));
        assertEquals(false, open.get("resultsPublished"));
        assertEquals(List.of(), open.get("questions"), "no questions yet: an empty list");
        assertTrue(open.containsKey("resultsUrl") && open.get("resultsUrl") == null);
        problem("/api/v1/voices/surveys/" + data.openSurveyId() + "/results", 404);

        Map<String, Object> past = ok("/api/v1/voices/surveys/" + data.resultsSurveyId());
        assertEquals("CLOSED", past.get("status"));
        assertEquals("/voices/surveys/" + data.resultsSurveyId() + "/results", past.get("resultsUrl"));
        Map<String, Object> r = ok("/api/v1/voices/surveys/" + data.resultsSurveyId() + "/results");
        assertEquals(0, ((Number) r.get("respondents")).intValue());
        assertEquals(List.of(), r.get("questions"));

        // Results with answers (the demo's, when they are still published): counts, never the free-text answers.
        for (Map<String, Object> s : surveys) {
            if (Boolean.TRUE.equals(s.get("resultsPublished"))) {
                Page results = call("/api/v1/voices/surveys/" + s.get("id") + "/results");
                assertEquals(200, results.status());
                assertFalse(results.body().contains("\"texts\""), "free-text answers are for staff only");
            }
        }
        problem("/api/v1/voices/surveys/999999999", 404);
        problem("/api/v1/voices/surveys/999999999/results", 404);
        pages("/api/v1/voices/surveys");
    }

    /** What the pages show only to a group's own people: the same through the API, and nobody else gets it. */
    @Test
    void aGroupUnderReviewAndALectureNotPublicAreForTheirOwnPeopleOnly() throws Exception {
        String group = "/api/v1/groups/" + data.pendingGroupId();
        String lecture = "/api/v1/lectures/" + data.hiddenLectureId();
        WebSession owner = accounts.logIn(server.getURL(), data.pendingOwner());
        WebSession representative = accounts.logIn(server.getURL(), data.representative());
        WebSession otherCitizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);

        Map<String, Object> mine = json(owner, group, 200);
        assertEquals(data.pendingGroupName(), mine.get("name"));
        assertEquals(false, mine.get("approved"));
        assertFalse(owner.sendJsonAccepting("*/*", "GET", group, null).body().contains("090-0000-1111"), "no contact even for its owner");
        assertEquals(false, json(coordinator, group, 200).get("approved"), "a coordinator sees every group, as on the pages");
        json(otherCitizen, group, 404);
        json(representative, group, 404);
        problem(group, 404);
        assertEquals(true, json(owner, "/api/v1/groups/" + data.groupId(), 200).get("approved"));
        assertTrue(items(json(owner, "/api/v1/groups?q=" + data.tag(), 200)).stream()
                .noneMatch(g -> data.pendingGroupName().equals(g.get("name"))), "the list stays the public one");

        Map<String, Object> hidden = json(representative, lecture, 200);
        assertEquals(data.hiddenLectureTitle(), hidden.get("title"));
        assertEquals(false, hidden.get("published"));
        assertEquals(false, json(coordinator, lecture, 200).get("published"));
        json(otherCitizen, lecture, 404);
        json(owner, lecture, 404);
        problem(lecture, 404);
        assertEquals(true, json(otherCitizen, "/api/v1/lectures/" + data.lectureId(), 200).get("published"));

        // With a token the same: the owner's read token gets the group, another's does not.
        java.time.LocalDate lastDay = clock.today().plusDays(7);
        String ownerToken = tokens.create(data.pendingOwner().id(), "審査中の会", "read", lastDay).secret();
        String otherToken = tokens.create(accounts.create(Role.CITIZEN).id(), "ほかの市民", "read", lastDay).secret();
        assertEquals(200, bearer(ownerToken, group).status());
        assertEquals(404, bearer(otherToken, group).status());
    }

    private Map<String, Object> json(WebSession session, String path, int status) {
        Page page = session.sendJsonAccepting("*/*", "GET", path, null);
        assertEquals(status, page.status(), path + " " + page.body());
        return map(page.bytes());
    }

    private Page bearer(String token, String path) {
        return WebSession.at(server.getURL()).header("Authorization", "Bearer " + token).sendJsonAccepting("*/*", "GET", path, null);
    }
}
