package kyodo.events;

import kyodo.support.Db;

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

import javax.sql.DataSource;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roster and attendance, course completion and its domain events, the yearly report with the
 * FY2020 とみさと協働塾 figures (9 participants, 延べ31名), and the CSV exports.
 */
@MicronautTest(transactional = false)
class AttendanceWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DataSource dataSource;

    static final kyodo.support.TestClock CLOCK = new kyodo.support.TestClock();

    @io.micronaut.test.annotation.MockBean(kyodo.core.CityClock.class)
    kyodo.core.CityClock clock() {
        return CLOCK;
    }

    @org.junit.jupiter.api.AfterEach
    void realTime() {
        CLOCK.reset();
    }
    @Inject
    PublishedEvents published;

    /** The FY2020 協働塾 as the center's records have it: four Friday mornings in autumn 2020. */
    private long seedCourse(String title, List<TestAccount> people) {
        long id = Db.insert(dataSource, """
                INSERT INTO evt_event (title, category, organizer, lecturer, venue_name, online, capacity,
                  registration_opens_at, registration_closes_at, max_companions, completion_min, status,
                  first_date, last_date, created_by, created_at, updated_at)
                VALUES (?, 'JUKU', '市民活動推進課', '千葉大学 人文科学研究院教授 清水洋行氏', '市民活動サポートセンター', FALSE, 20,
                  '2020-09-01 09:00', '2020-10-15 17:00', 0, 3, 'PUBLISHED', '2020-10-16', '2020-11-27', 1, NOW(), NOW())""",
                title);
        String[] days = {"2020-10-16", "2020-10-30", "2020-11-13", "2020-11-27"};
        for (int i = 0; i < days.length; i++) {
            Db.insert(dataSource, "INSERT INTO evt_session (event_id, seq, day, start_time, end_time) VALUES (?, ?, ?, '10:00', '12:00')",
                    id, i + 1, days[i]);
        }
        for (TestAccount p : people) {
            Db.insert(dataSource, """
                    INSERT INTO evt_registration (event_id, account_id, status, companions, queued_at, confirmed_at, created_at,
                                                  booking_number)
                    VALUES (?, ?, 'CONFIRMED', 0, '2020-09-10 10:00', '2020-09-10 10:00', '2020-09-10 10:00',
                            CONCAT('T', ?, '-', ?))""", id, p.id(), id, p.id());
        }
        return id;
    }

    private List<Long> sessionIds(long eventId) {
        List<Long> ids = new ArrayList<>();
        for (int seq = 1; seq <= 4; seq++) {
            ids.add(Db.count(dataSource, "SELECT id FROM evt_session WHERE event_id = ? AND seq = ?", eventId, seq));
        }
        return ids;
    }

    @Test
    void kyodoJukuFy2020ReadsNineParticipantsAndThirtyOneAttendances() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        List<TestAccount> people = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            people.add(accounts.create(Role.CITIZEN));
        }
        String title = EventFixtures.unique("とみさと協働塾");
        long id = seedCourse(title, people);
        List<Long> sessions = sessionIds(id);
        // Seven attend all four (28), one attends two, one attends one: 31 in total.
        int[] attended = {4, 4, 4, 4, 4, 4, 4, 2, 1};
        for (int s = 0; s < 4; s++) {
            List<String> marks = new ArrayList<>();
            for (int p = 0; p < people.size(); p++) {
                marks.addAll(List.of("person", String.valueOf(people.get(p).id()), "mark", s < attended[p] ? "present" : "absent"));
            }
            Page saved = staff.postPairs("/admin/events/" + id + "/sessions/" + sessions.get(s), marks.toArray(String[]::new));
            assertEquals(303, saved.status(), saved.text());
        }
        Page roster = staff.get("/admin/events/" + id + "/sessions/" + sessions.get(0) + "?saved=1");
        assertTrue(roster.text().contains("出欠を保存しました"));
        assertTrue(roster.text().contains("参加確定 9名（出席 9名・欠席 0名）"), roster.text());
        assertTrue(roster.text().contains(people.get(0).name()));
        assertEquals("present", roster.html().selectFirst("#mark-" + people.get(0).id() + " option[selected]").attr("value"));
        assertTrue(Db.count(dataSource, "SELECT COUNT(*) FROM core_audit_log WHERE action = 'core.audit.personalDataViewed' "
                        + "AND target_type = 'evt.audit.target.session' AND target_id = ?",
                sessions.get(0).toString()) >= 1);

        Page report = staff.get("/admin/events/reports?fy=2020");
        assertEquals(200, report.status(), report.text());
        Element row = report.html().select("table.report tbody tr").stream()
                .filter(tr -> tr.text().contains(title)).findFirst().orElseThrow();
        List<String> cells = row.select("td").eachText();
        // 回数, 申込, キャンセル, 参加者数, 延べ人数, 欠席, 修了者数
        assertEquals(List.of("4", "9", "0", "9", "31", "0", "7"), cells.subList(1, 8));
        assertTrue(report.text().contains("2020年度"));

        // Seven completed the course (3 of 4): the directory hears of each once, points of each attendance.
        assertEquals(7, published.completions.stream().filter(c -> c.eventId() == id).count());
        assertEquals(31, published.attendance.stream().filter(a -> a.eventId() == id).count());
        assertEquals(120, published.attendance.stream().filter(a -> a.eventId() == id).findFirst().orElseThrow().minutes());
        Page show = staff.get("/admin/events/" + id);
        assertTrue(show.text().contains("修了状況"));
        assertEquals(7, show.html().select("td:matchesOwn(^修了$)").size());

        // Saving the same marks again announces nothing new.
        List<String> again = new ArrayList<>();
        people.forEach(p -> again.addAll(List.of("person", String.valueOf(p.id()), "mark", "present")));
        staff.postPairs("/admin/events/" + id + "/sessions/" + sessions.get(0), again.toArray(String[]::new));
        assertEquals(31, published.attendance.stream().filter(a -> a.eventId() == id).count());
        assertEquals(7, published.completions.stream().filter(c -> c.eventId() == id).count());

        Page csv = staff.get("/admin/events/reports/report.csv?fy=2020");
        assertEquals(200, csv.status());
        assertEquals((byte) 0xEF, csv.bytes()[0]);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("参加者数") && text.contains("延べ人数"));
        assertTrue(text.contains("修了者数"), text);
        assertTrue(text.lines().anyMatch(l -> l.contains(title) && l.endsWith(",9,31,0,7")), text);
    }

    @Test
    void aCorrectionFromPresentToAbsentTakesBackTheAttendanceAndTheCompletion() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        TestAccount person = accounts.create(Role.CITIZEN);
        long id = seedCourse(EventFixtures.unique("とみさと協働塾"), List.of(person));
        List<Long> sessions = sessionIds(id);
        for (int s = 0; s < 3; s++) {
            assertEquals(303, staff.postPairs("/admin/events/" + id + "/sessions/" + sessions.get(s),
                    "person", String.valueOf(person.id()), "mark", "present").status());
        }
        assertEquals(1, published.completions.stream().filter(c -> c.eventId() == id).count(), "3 of 4 completes the course");

        // The third session was marked by mistake: corrected to absent.
        assertEquals(303, staff.postPairs("/admin/events/" + id + "/sessions/" + sessions.get(2),
                "person", String.valueOf(person.id()), "mark", "absent").status());
        var withdrawn = published.withdrawals.stream().filter(w -> w.eventId() == id).toList();
        assertEquals(1, withdrawn.size());
        assertEquals(sessions.get(2), withdrawn.get(0).sessionId());
        assertEquals(2, withdrawn.get(0).revision(), "the correction is the mark's second revision");
        assertEquals(1, published.completionsWithdrawn.stream().filter(c -> c.eventId() == id).count());
        assertEquals(0, Db.count(dataSource, "SELECT COUNT(*) FROM evt_completion WHERE event_id = ?", id));
        assertEquals(0, staff.get("/admin/events/" + id).html().select("td:matchesOwn(^修了$)").size());

        // Present again: a new attendance (revision 3) and a new completion.
        staff.postPairs("/admin/events/" + id + "/sessions/" + sessions.get(2), "person", String.valueOf(person.id()), "mark", "present");
        assertTrue(published.attendance.stream().anyMatch(a -> a.sessionId() == sessions.get(2) && a.revision() == 3));
        assertEquals(2, published.completions.stream().filter(c -> c.eventId() == id).count());
    }

    @Test
    void aSessionThatHasNotHappenedCannotBeMarked() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long id = EventFixtures.createPublished(staff, EventFixtures.unique("未来の講座"), 5);
        TestAccount person = accounts.create(Role.CITIZEN);
        accounts.logIn(server.getURL(), person).post("/events/" + id + "/register", Map.of());
        long session = Db.count(dataSource, "SELECT id FROM evt_session WHERE event_id = ?", id);
        Page refused = staff.postPairs("/admin/events/" + id + "/sessions/" + session,
                "person", String.valueOf(person.id()), "mark", "present");
        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("まだ行われていない回の出欠は記録できません"));
        assertEquals(0, Db.count(dataSource, "SELECT COUNT(*) FROM evt_attendance WHERE session_id = ?", session));
    }

    @Test
    void rosterMarksOnlyConfirmedPeopleAndCsvExportsAreLogged() {
        TestAccount staffAccount = accounts.create(Role.STAFF);
        WebSession staff = accounts.logIn(server.getURL(), staffAccount);
        String title = EventFixtures.unique("チラシづくり講座");
        long id = EventFixtures.createPublished(staff, title, 1);
        TestAccount confirmed = accounts.create(Role.CITIZEN);
        TestAccount waiting = accounts.create(Role.CITIZEN);
        accounts.logIn(server.getURL(), confirmed).post("/events/" + id + "/register", Map.of());
        accounts.logIn(server.getURL(), waiting).post("/events/" + id + "/register", Map.of());
        long session = Db.count(dataSource, "SELECT id FROM evt_session WHERE event_id = ?", id);

        Page roster = staff.get("/admin/events/" + id + "/sessions/" + session);
        assertEquals(200, roster.status());
        assertNotNull(roster.html().selectFirst("#mark-" + confirmed.id()));
        assertTrue(roster.text().contains(waiting.name()));
        assertTrue(roster.html().select("#mark-" + waiting.id()).isEmpty());

        // At the door: the session is today.
        CLOCK.set(java.time.LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(30).atTime(10, 5));
        staff = accounts.logIn(server.getURL(), staffAccount);
        staff.postPairs("/admin/events/" + id + "/sessions/" + session,
                "person", String.valueOf(confirmed.id()), "mark", "absent", "person", String.valueOf(waiting.id()), "mark", "present");
        assertEquals(0, Db.count(dataSource, "SELECT COUNT(*) FROM evt_attendance WHERE session_id = ? AND attended", session));
        assertEquals(1, Db.count(dataSource, "SELECT COUNT(*) FROM evt_attendance WHERE session_id = ?", session));

        Page csv = staff.get("/admin/events/" + id + "/registrations.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] bytes = csv.bytes();
        assertEquals((byte) 0xEF, bytes[0]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("状態,順番,氏名"), text);
        assertTrue(text.contains("参加確定,," + confirmed.name()));
        assertTrue(text.contains("キャンセル待ち,1," + waiting.name()));

        Page sjis = staff.get("/admin/events/" + id + "/registrations.csv?encoding=sjis");
        assertFalse(sjis.bytes()[0] == (byte) 0xEF);
        assertTrue(new String(sjis.bytes(), Charset.forName("windows-31j")).contains("キャンセル待ち"));
        assertEquals(2, Db.count(dataSource,
                "SELECT COUNT(*) FROM core_audit_log WHERE action = 'core.audit.personalDataExported' AND target_type = 'evt.audit.target.event' AND target_id = ?", Long.toString(id)));

        // Citizens cannot see rosters or exports.
        WebSession citizen = accounts.logIn(server.getURL(), confirmed);
        assertEquals(403, citizen.get("/admin/events/" + id + "/sessions/" + session).status());
        assertEquals(403, citizen.get("/admin/events/" + id + "/registrations.csv").status());
    }

    @Test
    void emptyYearShowsEmptyState() {
        Page report = accounts.loggedIn(server.getURL(), Role.STAFF).get("/admin/events/reports?fy=2001");
        assertEquals(200, report.status());
        assertTrue(report.text().contains("この年度の講座・イベントはありません"));
        assertTrue(LocalDateTime.now(kyodo.core.CityClock.JAPAN).getYear() > 2001);
    }
}
