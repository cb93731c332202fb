package kyodo.directory;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static kyodo.directory.DirectoryTestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matching console in pages, with the reasons for a rank in words and deleted volunteers without links. */
@MicronautTest(transactional = false)
class MatchConsoleWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DirectoryTestData data;

    record Console(long postId, String skill, String district, WebSession coordinator, List<Long> strong, long weak) {
        String path(String query) {
            return "/admin/board/" + postId + "/match?district=" + URLEncoder.encode(district, StandardCharsets.UTF_8)
                    + (query.isEmpty() ? "" : "&" + query);
        }
    }

    private long volunteer(String skill, String district, String slot, String field) {
        TestAccount person = accounts.create(Role.CITIZEN);
        Map<String, String> form = VolunteerWebTest.volunteerForm(skill);
        form.put("schoolDistrict", district);
        form.put("area", "別の地区" + unique());
        form.put("availability", slot);
        form.put("activityFields", field);
        WebSession s = accounts.logIn(server.getURL(), person);
        assertEquals(303, s.post("/volunteer", form).status());
        return data.count("SELECT id FROM dir_volunteer WHERE account_id = ?", person.id());
    }

    /** A Saturday request for a unique skill in a unique district, 12 volunteers who fit and one who does not. */
    private Console console() {
        String skill = "技能" + unique();
        String district = "校区" + unique();
        WebSession requester = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Map<String, String> form = BoardWebTest.request("ページ確認 " + skill);
        form.put("skills", skill);
        form.put("schoolDistrict", district);
        form.put("neededOn", LocalDate.now(kyodo.core.CityClock.JAPAN).with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).toString());
        long postId = BoardWebTest.post(requester, form);
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        assertEquals(303, coordinator.post("/admin/board/" + postId + "/approve", Map.of()).status());
        List<Long> strong = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            strong.add(volunteer(skill, district, "SAT_AM", "ELDERLY"));
        }
        long weak = volunteer("草刈り", district, "MON_PM", "CHILDCARE");
        return new Console(postId, skill, district, coordinator, strong, weak);
    }

    private static List<String> ids(Document html) {
        return html.select("ol.dir-suggestions input[name=volunteerId]").eachAttr("value");
    }

    @Test
    void candidatesComeInPagesWithTheirCountAndPreviousNextLinks() {
        Console c = console();
        Page first = c.coordinator().get(c.path(""));
        assertEquals(200, first.status());
        Document one = first.html();
        assertEquals("13件中 1–10件", one.selectFirst(".dir-range").text());
        assertEquals(10, ids(one).size());
        Element next = one.selectFirst("nav.pager a[rel=next]");
        assertNotNull(next, "a pager with 次へ");
        assertEquals("次へ", next.text());
        assertTrue(next.attr("href").contains("district="), next.attr("href"));
        assertTrue(one.select("nav.pager a[rel=prev]").isEmpty());

        Document two = c.coordinator().get(next.attr("href")).html();
        assertEquals("13件中 11–13件", two.selectFirst(".dir-range").text());
        assertEquals(3, ids(two).size());
        assertEquals("11", two.selectFirst("ol.dir-suggestions").attr("start"), "the ranks go on");
        assertEquals("前へ", two.selectFirst("nav.pager a[rel=prev]").text());
        assertEquals(String.valueOf(c.weak()), ids(two).get(2), "the one who fits least comes last");
        List<String> all = new ArrayList<>(ids(one));
        all.addAll(ids(two));
        assertEquals(13, all.stream().distinct().count(), "no one twice, no one left out");

        // Another size, a page past the end, and text in the page number.
        Document fifty = c.coordinator().get(c.path("size=50")).html();
        assertEquals(13, ids(fifty).size());
        assertTrue(fifty.select("nav.pager").isEmpty());
        assertEquals("13件中 11–13件", c.coordinator().get(c.path("page=99")).html().selectFirst(".dir-range").text());
        Page text = c.coordinator().get(c.path("page=abc&size=xyz"));
        assertEquals(200, text.status());
        assertEquals("13件中 1–10件", text.html().selectFirst(".dir-range").text());
    }

    @Test
    void theReasonsAreWordsForAndAgainstWithoutScoreBadges() {
        Console c = console();
        Document page = c.coordinator().get(c.path("size=20")).html();
        assertTrue(page.select("li.dir-suggestion .badge").isEmpty(), "no score badges");
        Element best = page.selectFirst("li.dir-suggestion");
        List<String> pros = best.select(".dir-reasons--for li").eachText();
        assertTrue(pros.contains("技能が一致（" + c.skill() + "）"), pros.toString());
        assertTrue(pros.contains("関心分野が一致（高齢者福祉）"), pros.toString());
        assertTrue(pros.contains("曜日・時間が合う（土午前）"), pros.toString());
        assertTrue(pros.contains("自宅から近い（同じ小学校区: " + c.district() + "）"), pros.toString());
        assertTrue(pros.contains("まだ紹介したことがない方"), pros.toString());
        assertTrue(best.select(".dir-reasons--against").isEmpty());
        assertFalse(best.text().matches(".*-?\\d+点.*"), best.text());

        Element weak = page.select("li.dir-suggestion").stream()
                .filter(li -> li.selectFirst("input[name=volunteerId]").val().equals(String.valueOf(c.weak())))
                .findFirst().orElseThrow();
        assertEquals("合わない点", weak.select(".dir-reasons__title").last().text());
        List<String> cons = weak.select(".dir-reasons--against li").eachText();
        assertTrue(cons.contains("曜日・時間が合わない"), cons.toString());
        assertTrue(cons.contains("関心分野が合わない"), cons.toString());
        assertTrue(cons.contains("求める技能の記載がない"), cons.toString());

        // The reasons stored with a proposal are the same parts.
        assertEquals(303, c.coordinator().post("/admin/board/" + c.postId() + "/match",
                Map.of("volunteerId", String.valueOf(c.weak()),
                        "reasons", weak.selectFirst("input[name=reasons]").val())).status());
        String stored = data.text("SELECT reasons FROM dir_match WHERE post_id = ? AND volunteer_id = ?", c.postId(), c.weak());
        assertTrue(stored.contains("-dir.reason.noTime"), stored);
    }

    @Test
    void aDeletedVolunteerIsShownWithoutALink() {
        Console c = console();
        long asked = c.strong().get(0);
        assertEquals(303, c.coordinator().post("/admin/board/" + c.postId() + "/match",
                Map.of("volunteerId", String.valueOf(asked))).status());
        Document before = c.coordinator().get("/admin/board/" + c.postId() + "/match").html();
        assertTrue(before.select("#matches a").eachAttr("href").contains("/admin/volunteers/" + asked));

        // The volunteer deletes their registration.
        long account = data.count("SELECT account_id FROM dir_volunteer WHERE id = ?", asked);
        TestAccount person = new TestAccount(account, data.text("SELECT email FROM core_account WHERE id = ?", account),
                TestAccounts.PASSWORD, "");
        WebSession s = accounts.logIn(server.getURL(), person);
        assertEquals(303, s.post("/volunteer/delete", Map.of("confirmDelete", "on")).status());

        Page after = c.coordinator().get("/admin/board/" + c.postId() + "/match");
        assertEquals(200, after.status());
        Element matches = after.html().selectFirst("#matches");
        assertTrue(matches.text().contains("削除された登録者"), matches.text());
        assertFalse(matches.select("a").eachAttr("href").contains("/admin/volunteers/" + asked), "no link to a 404");
        assertFalse(ids(after.html()).contains(String.valueOf(asked)));
        assertEquals(404, c.coordinator().get("/admin/volunteers/" + asked).status());
    }
}
