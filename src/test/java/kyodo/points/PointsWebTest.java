package kyodo.points;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The booklet through the portal: a volunteer records an activity, the host confirms it, a
 * coordinator checks it and the points post; the caps; the QR link; bad input writes nothing.
 */
@MicronautTest(transactional = false)
class PointsWebTest {

    static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    PointsFixture fixture;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @AfterEach
    void realTime() {
        CLOCK.reset();
    }

    private Map<String, String> activity(long host, LocalDate day, String hours) {
        return Map.of("hostGroupId", Long.toString(host), "activityDate", day.toString(), "hours", hours,
                "description", "配膳の手伝い");
    }

    private long activityId(long volunteerId, long host, LocalDate day) {
        return fixture.count("SELECT id FROM pts_activity WHERE volunteer_id = ? AND host_group_id = ? AND activity_date = ?",
                volunteerId, host, day);
    }

    @Test
    void aVolunteersActivityIsConfirmedByTheHostCheckedByACoordinatorAndPosted() {
        CLOCK.set(2026, 12, 10);
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        PointsFixture.Host host = fixture.host(staff);
        TestAccount volunteer = fixture.volunteer();
        WebSession me = accounts.logIn(server.getURL(), volunteer);
        LocalDate day = LocalDate.of(2026, 12, 6);
        assertNull(me.get("/").html().selectFirst(".pts-home"), "no points yet, no section on the home page");

        assertEquals(303, me.post("/points/activities", activity(host.groupId(), day, "２")).status(), "full-width digits are fine");
        long id = activityId(volunteer.id(), host.groupId(), day);
        Page mine = me.get("/points");
        assertTrue(mine.text().contains("受入先の確認待ち"), mine.text());

        WebSession rep = accounts.logIn(server.getURL(), host.representative());
        Page toConfirm = rep.get("/points/host");
        assertTrue(toConfirm.text().contains(volunteer.name()));
        assertEquals(303, rep.post("/points/host/activities/" + id + "/confirm", Map.of()).status());
        Page again = rep.post("/points/host/activities/" + id + "/confirm", Map.of());
        assertEquals(422, again.status(), "a second confirmation is refused, not counted");

        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        Page queue = coordinator.get("/admin/points/checks");
        assertEquals(200, queue.status());
        assertTrue(queue.text().contains(volunteer.name()) && queue.text().contains("日待ち"), queue.text());
        assertEquals(303, coordinator.post("/admin/points/checks/" + id + "/post", Map.of()).status());
        assertEquals(422, coordinator.post("/admin/points/checks/" + id + "/post", Map.of()).status());

        Page booklet = me.get("/points");
        assertTrue(booklet.text().contains("2ポイント"), booklet.text());
        assertTrue(booklet.text().contains("受入先での活動"));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM pts_award WHERE source_key = ?", "activity:" + id));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM pts_transfer WHERE source_key = ? AND points = 2", "activity:" + id));
        Page home = me.get("/");
        assertTrue(home.text().contains("あなたのポイント"), "the home page shows the booklet's figures");
        org.jsoup.nodes.Element standing = home.html().selectFirst(".pts-home__balance");
        assertTrue(standing != null && standing.text().endsWith(": 2ポイント"), "this year's balance: " + standing);

        // A second activity turned down by the coordinator: a reason is needed, and the volunteer reads it by e-mail.
        LocalDate other = LocalDate.of(2026, 12, 7);
        assertEquals(303, me.post("/points/activities", activity(host.groupId(), other, "1")).status());
        long second = activityId(volunteer.id(), host.groupId(), other);
        assertEquals(422, coordinator.post("/admin/points/checks/" + second + "/reject", Map.of("rejectReason", " ")).status());
        assertEquals(303, coordinator.post("/admin/points/checks/" + second + "/reject", Map.of("rejectReason", "受入先で活動の記録がありません")).status());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM core_outbox WHERE recipient = ? AND subject = ? AND body LIKE ?",
                volunteer.email(), "【地域活動ポイント】活動の記録が認められませんでした", "%受入先で活動の記録がありません%"));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM pts_award WHERE source_key = ?", "activity:" + second));
    }

    @Test
    void whatPassesTheDailyCapIsShownAsOverTheCap() {
        CLOCK.set(2026, 11, 20);
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        TestAccount volunteer = fixture.volunteer();
        WebSession me = accounts.logIn(server.getURL(), volunteer);
        LocalDate day = LocalDate.of(2026, 11, 15);
        for (int i = 0; i < 2; i++) {
            PointsFixture.Host host = fixture.host(staff);
            assertEquals(303, me.post("/points/activities", activity(host.groupId(), day, "3")).status());
            long id = activityId(volunteer.id(), host.groupId(), day);
            assertEquals(303, accounts.logIn(server.getURL(), host.representative())
                    .post("/points/host/activities/" + id + "/confirm", Map.of()).status());
            assertEquals(303, coordinator.post("/admin/points/checks/" + id + "/post", Map.of()).status());
        }
        // 3 hours each earn 3 points; the day allows 2: the first gets 2 (1 over), the second none (3 over).
        assertEquals(2, fixture.count("SELECT COALESCE(SUM(points_awarded), 0) FROM pts_award WHERE volunteer_id = ?", volunteer.id()));
        assertEquals(4, fixture.count("SELECT COALESCE(SUM(points_over_cap), 0) FROM pts_award WHERE volunteer_id = ?", volunteer.id()));
        Page booklet = me.get("/points");
        assertTrue(booklet.text().contains("上限を超えた3ポイントは付きません"), booklet.text());
        assertTrue(booklet.text().contains("上限を超えた1ポイントは付きません"));
    }

    @Test
    void badActivitiesGetAJapaneseMessageAndWriteNothing() {
        CLOCK.set(2026, 12, 10);
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        PointsFixture.Host host = fixture.host(staff);
        TestAccount volunteer = fixture.volunteer();
        WebSession me = accounts.logIn(server.getURL(), volunteer);
        LocalDate day = LocalDate.of(2026, 12, 9);
        Map<String, String> messages = Map.of("0", "0より多く24以下", "-1", "数字で入力", "25", "0より多く24以下",
                "二時間", "数字で入力", "1.333", "数字で入力");
        messages.forEach((hours, message) -> {
            Page page = me.post("/points/activities", activity(host.groupId(), day, hours));
            assertEquals(422, page.status(), hours);
            assertTrue(page.html().selectFirst("#hours-error").text().contains(message), hours + ": " + page.text());
            assertEquals(hours, page.html().selectFirst("#hours").attr("value"), "what was typed is kept");
        });
        Page future = me.post("/points/activities", activity(host.groupId(), LocalDate.of(2026, 12, 11), "2"));
        assertTrue(future.html().selectFirst("#activityDate-error").text().contains("まだ来ていない日"));
        Page noHost = me.post("/points/activities", activity(999_999_999L, day, "2"));
        assertTrue(noHost.html().selectFirst("#hostGroupId-error").text().contains("受入先を一覧から選んで"));
        TestAccount notVolunteer = accounts.create(Role.CITIZEN);
        Page refused = accounts.logIn(server.getURL(), notVolunteer).post("/points/activities", activity(host.groupId(), day, "2"));
        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("ボランティア登録をしている人"));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM pts_activity WHERE host_group_id = ?", host.groupId()));

        // The same form twice: recorded once.
        assertEquals(303, me.post("/points/activities", activity(host.groupId(), day, "2")).status());
        Page twice = me.post("/points/activities", activity(host.groupId(), day, "2"));
        assertEquals(422, twice.status());
        assertTrue(twice.text().contains("すでに記録されています"));
        long id = activityId(volunteer.id(), host.groupId(), day);
        // Only the host's representative confirms.
        Page stranger = accounts.loggedIn(server.getURL(), Role.CITIZEN).post("/points/host/activities/" + id + "/confirm", Map.of());
        assertEquals(422, stranger.status());
        assertEquals("PENDING", status(id));
    }

    private String status(long activityId) {
        return fixture.count("SELECT COUNT(*) FROM pts_activity WHERE id = ? AND status = 'PENDING'", activityId) == 1 ? "PENDING" : "other";
    }

    @Test
    void aHostRecordsTodaysActivityThroughTheBookletsQrLinkAndATamperedOrOldLinkIsRefused() {
        CLOCK.set(2026, 12, 10);
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        PointsFixture.Host host = fixture.host(staff);
        TestAccount volunteer = fixture.volunteer();
        Page printable = accounts.logIn(server.getURL(), volunteer).get("/points/booklet");
        assertEquals(200, printable.status());
        assertTrue(printable.html().select(".pts-qr svg path").size() == 1, "a QR code drawn as SVG");
        String url = printable.html().selectFirst(".pts-url span:nth-of-type(2)").text();
        String path = java.net.URI.create(url).getPath();
        assertTrue(printable.text().contains("令和9年3月31日まで有効"));

        WebSession rep = accounts.logIn(server.getURL(), host.representative());
        Page scanned = rep.get(path);
        assertEquals(200, scanned.status(), scanned.text());
        assertTrue(scanned.text().contains(volunteer.name() + " さんの活動"));
        Page recorded = rep.post(path, Map.of("hostGroupId", Long.toString(host.groupId()), "hours", "1.5",
                "description", "草取り"));
        assertEquals(303, recorded.status(), recorded.text());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM pts_activity WHERE volunteer_id = ? AND status = 'HOST_CONFIRMED' "
                + "AND minutes = 90 AND activity_date = '2026-12-10'", volunteer.id()));

        Page tampered = rep.get(path.substring(0, path.length() - 2) + "xx");
        assertEquals(422, tampered.status());
        assertTrue(tampered.text().contains("このQRコード（リンク）は正しくありません"));
        Page otherPerson = rep.get(path.replaceFirst("/confirm/\\d+", "/confirm/" + (volunteer.id() + 1)));
        assertTrue(otherPerson.text().contains("正しくありません"), "the signature covers the person");
        Page notAHost = accounts.loggedIn(server.getURL(), Role.CITIZEN).get(path);
        assertEquals(422, notAHost.status());
        assertTrue(notAHost.text().contains("受入先として登録された団体の代表者"));

        CLOCK.set(2027, 4, 2);
        Page expired = accounts.logIn(server.getURL(), host.representative()).get(path);
        assertEquals(422, expired.status());
        assertTrue(expired.text().contains("有効期限が切れています"));
    }

    @Test
    void exchangeInTheWindowInStepsWithinTheBalanceThenApprovalAndTheYearEnd() throws Exception {
        CLOCK.set(2027, 4, 10);
        TestAccount staffAccount = accounts.create(Role.STAFF);
        WebSession staff = accounts.logIn(server.getURL(), staffAccount);
        TestAccount volunteer = fixture.volunteer();
        assertEquals(200, staff.post("/admin/points/adjust", Map.of("email", volunteer.email(), "fiscalYear", "2026",
                "adjustPoints", "25", "adjustReason", "紙の手帳からの引き継ぎ")).status());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'pts.audit.adjusted' AND target_id = ?",
                Long.toString(volunteer.id())));
        WebSession me = accounts.logIn(server.getURL(), volunteer);
        assertTrue(me.get("/points?fy=2026").text().contains("25ポイント"));

        Page steps = me.post("/points/exchange", Map.of("fiscalYear", "2026", "kind", "VOUCHER", "points", "15"));
        assertEquals(422, steps.status());
        assertTrue(steps.html().selectFirst("#points-error").text().contains("10ポイント単位"));
        Page over = me.post("/points/exchange", Map.of("fiscalYear", "2026", "kind", "VOUCHER", "points", "30"));
        assertTrue(over.html().selectFirst("#points-error").text().contains("25ポイントまで"));
        assertEquals(303, me.post("/points/exchange", Map.of("fiscalYear", "2026", "kind", "VOUCHER", "points", "20")).status());
        Page again = me.post("/points/exchange", Map.of("fiscalYear", "2026", "kind", "CASH", "points", "10"));
        assertEquals(422, again.status(), "the 20 points asked for are held: 5 are left");
        assertTrue(again.html().selectFirst("#points-error").text().contains("5ポイントまで"));
        Page donation = me.post("/points/exchange", Map.of("fiscalYear", "2026", "kind", "DONATION", "points", "10", "groupId", ""));
        assertTrue(donation.html().selectFirst("#groupId-error") != null);

        long request = fixture.count("SELECT id FROM pts_exchange_request WHERE volunteer_id = ? AND status = 'REQUESTED'", volunteer.id());
        assertEquals(303, staff.postPairs("/admin/points/exchanges/approve?fy=2026", "request", Long.toString(request)).status());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM pts_transfer WHERE source_key = ? AND kind = 'EXCHANGE' AND points = 20",
                "exchange:" + request));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM core_outbox WHERE recipient = ? AND subject = ?",
                volunteer.email(), "【地域活動ポイント】商品券の申請を承認しました"), "the volunteer is told by e-mail");
        Page csv = staff.get("/admin/points/exchanges/payments.csv?fy=2026");
        String text = new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains(volunteer.name()) && text.contains("2000"), text);
        Page xlsx = staff.get("/admin/points/exchanges/payments.xlsx?fy=2026");
        assertEquals(200, xlsx.status());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.bytes()))) {
            var sheet = book.getSheetAt(0);
            boolean found = false;
            for (var row : sheet) {
                if (row.getRowNum() > 0 && volunteer.name().equals(row.getCell(1).getStringCellValue())) {
                    found = row.getCell(7).getNumericCellValue() == 2000;
                }
            }
            assertTrue(found, "the Excel payment list has the person and the amount");
        }

        // A request still open at the year end keeps what it holds; only the rest expires.
        TestAccount late = fixture.volunteer();
        assertEquals(200, staff.post("/admin/points/adjust", Map.of("email", late.email(), "fiscalYear", "2026",
                "adjustPoints", "20", "adjustReason", "紙の手帳からの引き継ぎ")).status());
        assertEquals(303, accounts.logIn(server.getURL(), late).post("/points/exchange",
                Map.of("fiscalYear", "2026", "kind", "CASH", "points", "10")).status());
        long open = fixture.count("SELECT id FROM pts_exchange_request WHERE volunteer_id = ? AND status = 'REQUESTED'", late.id());

        // After the window: nothing can be asked for, and the year end expires what is left, once.
        CLOCK.set(2027, 6, 10);
        staff = accounts.logIn(server.getURL(), staffAccount);
        me = accounts.logIn(server.getURL(), volunteer);
        Page closed = me.post("/points/exchange", Map.of("fiscalYear", "2026", "kind", "VOUCHER", "points", "10"));
        assertEquals(422, closed.status());
        assertTrue(closed.text().contains("受付期間ではありません"));
        assertEquals(303, staff.post("/admin/points/year-end", Map.of()).status());
        assertEquals(303, staff.post("/admin/points/year-end", Map.of()).status());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM pts_transfer t JOIN pts_account a ON a.id = t.from_account_id "
                + "WHERE a.owner_id = ? AND a.fiscal_year = 2026 AND t.kind = 'EXPIRY' AND t.points = 5", volunteer.id()));
        assertTrue(me.get("/points?fy=2026").text().contains("失効"));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM pts_transfer t JOIN pts_account a ON a.id = t.from_account_id "
                + "WHERE a.owner_id = ? AND a.fiscal_year = 2026 AND t.kind = 'EXPIRY' AND t.points = 10", late.id()),
                "the 10 points of the open request are held, the other 10 expire");
        assertEquals(303, staff.postPairs("/admin/points/exchanges/approve?fy=2026", "request", Long.toString(open)).status());
        assertEquals(0, fixture.count("SELECT balance FROM pts_account WHERE kind = 'VOLUNTEER' AND owner_id = ? AND fiscal_year = 2026",
                late.id()), "the held points are paid after the year end");
    }

    @Test
    void staffPagesOpenForStaffAndTheCheckQueueForCoordinators() {
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        assertEquals(200, coordinator.get("/admin/points/checks").status());
        assertEquals(403, coordinator.get("/admin/points").status());
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        for (String page : new String[]{"/admin/points", "/admin/points/hosts", "/admin/points/events", "/admin/points/adjust",
                "/admin/points/exchanges", "/admin/points/reports", "/admin/points/rules/2026"}) {
            assertEquals(200, staff.get(page).status(), page);
        }
        assertEquals(403, accounts.loggedIn(server.getURL(), Role.CITIZEN).get("/admin/points/checks").status());
    }
}
