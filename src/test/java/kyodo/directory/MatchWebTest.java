package kyodo.directory;

import kyodo.core.AuditLog;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static kyodo.directory.DirectoryTestData.map;
import static kyodo.directory.DirectoryTestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matching console: ranked suggestions with reasons, the lifecycle, contact details after consent. */
@MicronautTest(transactional = false)
class MatchWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DirectoryTestData data;
    @Inject
    CompletedMatches completed;

    record Setup(TestAccount requester, WebSession requesterSession, long postId, String skill, String district,
                 WebSession coordinator, TestAccount coordinatorAccount) {
    }

    /** A published request for a unique skill on a Saturday in a unique school district. */
    Setup request() {
        String skill = "技能" + unique();
        String district = "校区" + unique();
        TestAccount requester = accounts.create(Role.CITIZEN);
        WebSession rs = accounts.logIn(server.getURL(), requester);
        Map<String, String> form = BoardWebTest.request("講師募集 " + skill);
        form.put("skills", skill + "、パソコン");
        form.put("schoolDistrict", district);
        form.put("neededOn", LocalDate.now(kyodo.core.CityClock.JAPAN).with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).toString());
        long postId = BoardWebTest.post(rs, form);
        TestAccount coordinatorAccount = accounts.create(Role.COORDINATOR);
        WebSession c = accounts.logIn(server.getURL(), coordinatorAccount);
        assertEquals(303, c.post("/admin/board/" + postId + "/approve", Map.of()).status());
        return new Setup(requester, rs, postId, skill, district, c, coordinatorAccount);
    }

    long volunteer(Map<String, String> form) {
        TestAccount person = accounts.create(Role.CITIZEN);
        WebSession s = accounts.logIn(server.getURL(), person);
        assertEquals(303, s.post("/volunteer", form).status());
        return data.count("SELECT id FROM dir_volunteer WHERE account_id = ?", person.id());
    }

    Map<String, String> volunteerForm(String skills, String district, String day) {
        Map<String, String> form = VolunteerWebTest.volunteerForm(skills);
        form.remove("availability");
        if (day != null) {
            form.put("availability", day + "_AM");
        }
        form.put("schoolDistrict", district);
        form.put("activityFields", "ELDERLY");
        return form;
    }

    private static List<String> ranked(Page console) {
        return console.html().select("ol.card-list > li a").eachText();
    }

    @Test
    void suggestionsAreRankedWithTheirReasonsAndFairness() {
        Setup r = request();
        TestAccount best = null;
        long strong = volunteer(volunteerForm(r.skill(), r.district(), "SAT"));
        long weak = volunteer(volunteerForm("草刈り", "別の校区", "MON"));
        Page console = r.coordinator().get("/admin/board/" + r.postId() + "/match?q=" + "");
        assertEquals(200, console.status());
        Element first = console.html().selectFirst("ol.card-list > li");
        String text = first.text();
        assertTrue(text.contains("技能が一致（" + r.skill() + "）"), text);
        assertTrue(text.contains("関心分野が一致（高齢者福祉）"), text);
        assertTrue(text.contains("曜日・時間が合う（土午前）"), text);
        assertTrue(text.contains("自宅から近い（同じ小学校区: " + r.district() + "）"), text);
        assertTrue(text.contains("まだ紹介したことがない方"), text);
        assertEquals(String.valueOf(strong), first.selectFirst("input[name=volunteerId]").val());

        // The manual search finds the weak one too; the filter by district hides it.
        Page manual = r.coordinator().get("/admin/board/" + r.postId() + "/match?size=50&q=草刈り");
        assertTrue(manual.html().select("input[name=volunteerId]").eachAttr("value").contains(String.valueOf(weak)));
        Page filtered = r.coordinator().get("/admin/board/" + r.postId() + "/match?district=" + r.district());
        assertFalse(filtered.html().select("input[name=volunteerId]").eachAttr("value").contains(String.valueOf(weak)));

        // Fairness: of two equal volunteers, the one matched lately ranks lower.
        long twinA = volunteer(volunteerForm(r.skill(), r.district(), "SAT"));
        long twinB = volunteer(volunteerForm(r.skill(), r.district(), "SAT"));
        Setup other = request();
        assertEquals(303, other.coordinator().post("/admin/board/" + other.postId() + "/match",
                map("volunteerId", String.valueOf(twinA))).status());
        List<String> ids = r.coordinator().get("/admin/board/" + r.postId() + "/match?district=" + r.district())
                .html().select("input[name=volunteerId]").eachAttr("value");
        assertTrue(ids.indexOf(String.valueOf(twinB)) < ids.indexOf(String.valueOf(twinA)), ids.toString());
        assertTrue(r.coordinator().get("/admin/board/" + r.postId() + "/match?district=" + r.district()).text()
                .contains("最近1回紹介済み"));
        assertTrue(best == null);
    }

    @Test
    void theWholeLifecycleRevealsContactsOnlyAfterAcceptanceWithConsent() {
        Setup r = request();
        TestAccount person = accounts.create(Role.CITIZEN);
        WebSession vs = accounts.logIn(server.getURL(), person);
        assertEquals(303, vs.post("/volunteer", volunteerForm(r.skill(), r.district(), "SAT")).status());
        long volunteerId = data.count("SELECT id FROM dir_volunteer WHERE account_id = ?", person.id());

        assertTrue(r.coordinator().get("/admin/board").text().contains("講師募集 " + r.skill()), "open request listed");
        assertEquals(303, r.coordinator().post("/admin/board/" + r.postId() + "/match",
                map("volunteerId", String.valueOf(volunteerId))).status());
        Page twice = r.coordinator().post("/admin/board/" + r.postId() + "/match", map("volunteerId", String.valueOf(volunteerId)));
        assertEquals(422, twice.status());
        assertTrue(twice.text().contains("すでに依頼しています"));
        long matchId = data.count("SELECT MAX(id) FROM dir_match WHERE post_id = ?", r.postId());
        assertEquals(1, data.count("SELECT COUNT(*) FROM core_outbox WHERE recipient = ? AND body LIKE ?",
                person.email(), "%/volunteer/matches/" + matchId + "%"), "the volunteer is asked by e-mail");

        // Before the volunteer accepts, the requester sees no contact details.
        Page before = r.requesterSession().get("/board/" + r.postId());
        assertTrue(before.text().contains("回答を待っています"));
        assertFalse(before.text().contains("090-1234-5678"));

        // Someone else cannot answer for the volunteer.
        assertEquals(404, accounts.loggedIn(server.getURL(), Role.CITIZEN).post("/volunteer/matches/" + matchId + "/accept", Map.of()).status());
        assertEquals(303, vs.post("/volunteer/matches/" + matchId + "/accept", Map.of()).status());
        assertEquals(422, vs.post("/volunteer/matches/" + matchId + "/decline", Map.of()).status(), "already answered");

        Page after = r.requesterSession().get("/board/" + r.postId());
        assertTrue(after.text().contains("090-1234-5678"), after.text());
        assertTrue(after.text().contains(person.name()));
        assertEquals(1, data.audits(AuditLog.PERSONAL_DATA_VIEWED, r.requester().id(), "dir.audit.target.volunteer"));
        assertFalse(r.coordinator().get("/admin/board").text().contains("講師募集 " + r.skill()), "matched requests leave the open list");

        // Done: date and minutes are checked, then recorded; the event goes out.
        Page bad = r.coordinator().post("/admin/board/" + r.postId() + "/matches/" + matchId + "/complete",
                map("activityDate", LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(3).toString(), "minutes", "abc"));
        assertEquals(422, bad.status());
        assertTrue(bad.html().selectFirst("#activityDate-error").text().contains("今日までの日付"));
        assertTrue(bad.html().selectFirst("#minutes-error").text().contains("数字"));
        int eventsBefore = completed.events.size();
        assertEquals(303, r.coordinator().post("/admin/board/" + r.postId() + "/matches/" + matchId + "/complete",
                map("activityDate", LocalDate.now(kyodo.core.CityClock.JAPAN).toString(), "minutes", "90")).status());
        MatchCompleted event = completed.events.stream().filter(e -> e.matchId() == matchId).findFirst().orElseThrow();
        assertEquals(person.id(), event.volunteerAccountId());
        assertEquals(90, event.minutes());
        assertEquals(LocalDate.now(kyodo.core.CityClock.JAPAN), event.date());
        assertEquals(eventsBefore + 1, completed.events.size());

        // Feedback from both sides.
        assertEquals(303, vs.post("/volunteer/matches/" + matchId + "/feedback", map("feedback", "楽しく教えられました")).status());
        assertEquals(303, r.requesterSession().post("/board/" + r.postId() + "/matches/" + matchId + "/feedback",
                map("feedback", "ありがとうございました")).status());
        Page console = r.coordinator().get("/admin/board/" + r.postId() + "/match");
        assertTrue(console.text().contains("楽しく教えられました") && console.text().contains("ありがとうございました"));
        assertTrue(console.text().contains("1.5時間"));
    }

    @Test
    void withoutConsentTheContactStaysWithTheCenter() {
        Setup r = request();
        Map<String, String> form = volunteerForm(r.skill(), r.district(), "SAT");
        form.remove("consent");
        long volunteerId = volunteer(form);
        r.coordinator().post("/admin/board/" + r.postId() + "/match", map("volunteerId", String.valueOf(volunteerId)));
        long matchId = data.count("SELECT MAX(id) FROM dir_match WHERE post_id = ?", r.postId());
        // The coordinator records an answer given by phone.
        assertEquals(303, r.coordinator().post("/admin/board/" + r.postId() + "/matches/" + matchId + "/accept", Map.of()).status());
        Page page = r.requesterSession().get("/board/" + r.postId());
        assertTrue(page.text().contains("サポートセンターを通して"));
        assertFalse(page.text().contains("090-1234-5678"));
        assertEquals(0, data.audits(AuditLog.PERSONAL_DATA_VIEWED, r.requester().id(), "dir.audit.target.volunteer"));
        // The requester may cancel; a stranger may not.
        assertEquals(422, accounts.loggedIn(server.getURL(), Role.CITIZEN).post("/board/" + r.postId() + "/matches/" + matchId + "/cancel", Map.of()).status());
        assertEquals(303, r.requesterSession().post("/board/" + r.postId() + "/matches/" + matchId + "/cancel", map("cancelReason", "日程変更")).status());
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_match WHERE id = ? AND status = 'CANCELLED'", matchId));
    }

    @Test
    void onlyCoordinatorsUseTheConsole() {
        Setup r = request();
        assertEquals(403, r.requesterSession().get("/admin/board/" + r.postId() + "/match").status());
        assertEquals(403, accounts.loggedIn(server.getURL(), Role.REVIEWER).get("/admin/board").status());
        assertEquals(200, accounts.loggedIn(server.getURL(), Role.STAFF).get("/admin/board/" + r.postId() + "/match").status());
    }

    @Test
    void aCorrectedOrReopenedMatchGivesItsPointsAgainOrTakesThemBack() {
        Setup r = request();
        TestAccount person = accounts.create(Role.CITIZEN);
        WebSession vs = accounts.logIn(server.getURL(), person);
        assertEquals(303, vs.post("/volunteer", volunteerForm(r.skill(), r.district(), "SAT")).status());
        long volunteerId = data.count("SELECT id FROM dir_volunteer WHERE account_id = ?", person.id());
        assertEquals(303, r.coordinator().post("/admin/board/" + r.postId() + "/match", map("volunteerId", String.valueOf(volunteerId))).status());
        long matchId = data.count("SELECT MAX(id) FROM dir_match WHERE post_id = ?", r.postId());
        assertEquals(303, vs.post("/volunteer/matches/" + matchId + "/accept", Map.of()).status());
        String base = "/admin/board/" + r.postId() + "/matches/" + matchId;
        LocalDate today = LocalDate.now(kyodo.core.CityClock.JAPAN);

        Page notDone = r.coordinator().post(base + "/correct", map("activityDate", today.toString(), "minutes", "60"));
        assertEquals(422, notDone.status());
        assertTrue(notDone.text().contains("活動完了を記録した依頼だけ訂正・取り消しできます"), notDone.text());

        assertEquals(303, r.coordinator().post(base + "/complete", map("activityDate", today.toString(), "minutes", "120")).status());
        assertEquals(2, standing(matchId), "two full hours, two points");

        Page console = r.coordinator().get("/admin/board/" + r.postId() + "/match");
        assertEquals("120", console.html().selectFirst("#fix-minutes-" + matchId).val(), "the correction form starts from the record");
        Page bad = r.coordinator().post(base + "/correct", map("activityDate", today.toString(), "minutes", "ニ時間"));
        assertEquals(422, bad.status());
        assertEquals(2, standing(matchId), "a refused correction changes nothing");

        assertEquals(303, r.coordinator().post(base + "/correct", map("activityDate", today.toString(), "minutes", "60")).status());
        assertEquals(1, standing(matchId), "corrected to one hour: the two go back, one is given");
        assertEquals(60, data.count("SELECT minutes FROM dir_match WHERE id = ?", matchId));
        assertEquals(2, data.count("SELECT revision FROM dir_match WHERE id = ?", matchId));
        assertEquals(1, data.count("SELECT COUNT(*) FROM pts_transfer WHERE kind = 'REVERSAL' AND source_key LIKE ?",
                "match-corrected:" + matchId + ":%"));
        assertTrue(vs.get("/points").text().contains("1"), "the volunteer's page shows the corrected points");

        assertEquals(303, r.coordinator().post(base + "/reopen", Map.of()).status());
        assertEquals(0, standing(matchId), "taken back from done: no points");
        assertEquals("ACCEPTED", data.text("SELECT status FROM dir_match WHERE id = ?", matchId));
        assertEquals(422, r.coordinator().post(base + "/reopen", Map.of()).status(), "only a done match can be taken back");

        assertEquals(303, r.coordinator().post(base + "/complete", map("activityDate", today.toString(), "minutes", "90")).status());
        assertEquals(1, standing(matchId), "done again: one full hour");
        assertEquals(1, data.count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'dir.audit.matchCorrected' AND target_id = ?",
                String.valueOf(matchId)));
        assertEquals(1, data.count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'dir.audit.matchReopened' AND target_id = ?",
                String.valueOf(matchId)));
        // Another volunteer's session cannot correct: the console is the coordinators'.
        assertEquals(403, vs.post(base + "/correct", map("activityDate", today.toString(), "minutes", "600")).status());
    }

    private long standing(long matchId) {
        return data.count("SELECT COALESCE(SUM(points_awarded - reversed_points), 0) FROM pts_award WHERE source_type = 'MATCH' AND source_id = ?", matchId);
    }
}
