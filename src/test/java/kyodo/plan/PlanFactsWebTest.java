package kyodo.plan;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the platform recorded, on the plan: the FY2020 とみさと協働塾 (4 sessions; 9 participants, 延べ31名,
 * attendance taken on the events module's roster pages) tagged with 2-(1)-⑥ shows 9 and 31 on the item's
 * FY2020 page, and the department's draft starts with those figures.
 */
@MicronautTest(transactional = false)
class PlanFactsWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    PlanFixture fixture;

    /** The FY2020 協働塾 as the center's records have it (the events module's tables, as AttendanceWebTest seeds them). */
    private long course(String title, List<TestAccount> people) {
        long id = fixture.insert("""
                INSERT INTO evt_event (title, category, organizer, venue_name, online, capacity, registration_opens_at,
                  registration_closes_at, max_companions, completion_min, status, first_date, last_date, created_by, created_at, updated_at)
                VALUES (?, 'JUKU', '市民活動推進課', '市民活動サポートセンター', FALSE, 20, '2020-09-01 09:00', '2020-10-15 17:00', 0, 3,
                  'PUBLISHED', '2020-10-16', '2020-11-27', 1, NOW(), NOW())""", title);
        String[] days = {"2020-10-16", "2020-10-30", "2020-11-13", "2020-11-27"};
        for (int i = 0; i < days.length; i++) {
            fixture.insert("INSERT INTO evt_session (event_id, seq, day, start_time, end_time) VALUES (?, ?, ?, '10:00', '12:00')",
                    id, i + 1, days[i]);
        }
        for (TestAccount p : people) {
            fixture.insert("""
                    INSERT INTO evt_registration (event_id, account_id, status, companions, queued_at, confirmed_at, created_at,
                                                  booking_number)
                    VALUES (?, ?, 'CONFIRMED', 0, '2020-09-10 10:00', '2020-09-10 10:00', '2020-09-10 10:00',
                            CONCAT('T', ?, '-', ?))""", id, p.id(), id, p.id());
        }
        return id;
    }

    @Test
    void theTaggedCourseShowsNineParticipantsAndThirtyOneAttendances() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long plan = fixture.tomisato(staff);
        long item = fixture.item(plan, "2-(1)-⑥");
        List<TestAccount> people = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            people.add(accounts.create(Role.CITIZEN));
        }
        String title = PlanFixture.unique("とみさと協働塾");
        long event = course(title, people);
        int[] attended = {4, 4, 4, 4, 4, 4, 4, 2, 1};
        for (int s = 0; s < 4; s++) {
            long session = fixture.count("SELECT id FROM evt_session WHERE event_id = ? AND seq = ?", event, s + 1);
            List<String> marks = new ArrayList<>();
            for (int p = 0; p < people.size(); p++) {
                marks.addAll(List.of("person", String.valueOf(people.get(p).id()), "mark", s < attended[p] ? "present" : "absent"));
            }
            Page saved = staff.postPairs("/admin/events/" + event + "/sessions/" + session, marks.toArray(String[]::new));
            assertEquals(303, saved.status(), saved.text());
        }

        Page tags = staff.get("/admin/plan/" + plan + "/items/" + item + "/tags?fy=2020");
        assertEquals(200, tags.status());
        assertTrue(tags.html().select("#thing-event option").eachText().stream().anyMatch(o -> o.contains(title)),
                "the course is offered for FY2020");
        Page tagged = staff.post("/admin/plan/" + plan + "/items/" + item + "/tags?fy=2020",
                Map.of("kind", "event", "thingId", Long.toString(event)));
        assertEquals(303, tagged.status(), tagged.text());
        Page unknown = staff.post("/admin/plan/" + plan + "/items/" + item + "/tags?fy=2020",
                Map.of("kind", "event", "thingId", "999999999"));
        assertEquals(422, unknown.status());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM pln_tag WHERE item_id = ?", item));

        Page page = WebSession.at(server.getURL()).get("/plan/" + plan + "/items/" + item + "?fy=2020");
        assertEquals(200, page.status());
        Element facts = page.html().selectFirst(".pln-facts");
        assertTrue(facts.text().contains(title), facts.text());
        assertEquals("9", value(facts, "参加者数"));
        assertEquals("31", value(facts, "延べ人数"));
        assertEquals("4", value(facts, "開催回数"));
        assertEquals("1", value(facts, "開催した講座・イベント"));
        assertEquals("7", value(facts, "修了者（まちづくりサポーター）"), "seven attended three sessions or more");
        Page otherYear = WebSession.at(server.getURL()).get("/plan/" + plan + "/items/" + item + "?fy=2019");
        assertEquals("0", value(otherYear.html().selectFirst(".pln-facts"), "参加者数"), "the course was in FY2020");

        // The department's draft starts with the figures (a plan whose FY2020 round is open).
        long department = fixture.count("SELECT department_id FROM pln_item WHERE id = ?", item);
        TestAccount member = accounts.create(Role.CITIZEN);
        assertEquals(303, staff.post("/admin/plan/departments/" + department + "/members", Map.of("email", member.email())).status());
        long next = fixture.plan(staff, PlanFixture.unique("報告中の計画"), 2016, 2020, true);
        assertEquals(303, staff.postPairs("/admin/plan/" + next + "/items", "number", "2-(1)-⑥", "name", "とみさと協働塾の開催",
                "departmentId", Long.toString(department)).status());
        long nextItem = fixture.item(next, "2-(1)-⑥");
        assertEquals(303, staff.post("/admin/plan/" + next + "/items/" + nextItem + "/tags?fy=2020",
                Map.of("kind", "event", "thingId", Long.toString(event))).status());
        assertEquals(303, staff.post("/admin/plan/" + next + "/rounds", Map.of("fiscalYear", "2020", "dueOn", "2021-05-31")).status());
        Page draft = accounts.logIn(server.getURL(), member).get("/plan/department/items/" + nextItem + "/2020");
        assertEquals(200, draft.status(), draft.text());
        String text = draft.html().selectFirst("#resultText").text();
        assertTrue(text.contains("■講座・イベント（このサイトの記録）") && text.contains(title), text);
        assertTrue(text.contains("参加者数: 9人") && text.contains("延べ人数: 31人"), text);
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM pln_result WHERE item_id = ?", nextItem), "nothing is saved until the department saves");
    }

    private static String value(Element facts, String label) {
        return facts.select("tr").stream().filter(tr -> tr.selectFirst("th") != null && tr.selectFirst("th").text().equals(label))
                .findFirst().map(tr -> tr.selectFirst(".pln-fact-value").text()).orElse("");
    }
}
