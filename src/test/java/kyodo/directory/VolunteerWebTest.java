package kyodo.directory;

import kyodo.core.AuditLog;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.events.CourseCompleted;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import io.micronaut.transaction.TransactionOperations;
import kyodo.core.DomainEvents;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static kyodo.directory.DirectoryTestData.map;
import static kyodo.directory.DirectoryTestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Volunteer registration, privacy of contact details by role with audit entries, own data, deletion. */
@MicronautTest(transactional = false)
class VolunteerWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DirectoryTestData data;
    @Inject
    DomainEvents domainEvents;
    @Inject
    TransactionOperations<java.sql.Connection> transactions;
    @Inject
    kyodo.directory.volunteers.SupporterListener supporterListener;

    static Map<String, String> volunteerForm(String skills) {
        Map<String, String> form = new HashMap<>();
        form.put("skills", skills);
        form.put("qualifications", "保育士");
        form.put("activityFields", "CHILDCARE");
        form.put("availability", "SAT_AM");
        form.put("area", "中央地区");
        form.put("schoolDistrict", "中央小学校区");
        form.put("contactMethod", "PHONE");
        form.put("phone", "０９０-１２３４-５６７８");
        form.put("consent", "on");
        return form;
    }

    /** Registers the account as a volunteer and returns the volunteer id. */
    long register(TestAccount account, Map<String, String> form) {
        WebSession s = accounts.logIn(server.getURL(), account);
        Page saved = s.post("/volunteer", form);
        assertEquals(303, saved.status(), saved.text());
        return data.count("SELECT id FROM dir_volunteer WHERE account_id = ?", account.id());
    }

    @Test
    void aCitizenRegistersWithConsentAndSeesTheirData() {
        TestAccount person = accounts.create(Role.CITIZEN);
        WebSession s = accounts.logIn(server.getURL(), person);
        Page empty = s.get("/volunteer");
        assertEquals(200, empty.status());
        assertTrue(empty.text().contains(person.name()));
        assertEquals(303, s.post("/volunteer", volunteerForm("パソコン、料理")).status());
        Page page = s.get("/volunteer?done=saved");
        assertTrue(page.text().contains("保存しました"));
        assertEquals("090-1234-5678", page.html().selectFirst("#phone").val(), "full-width digits normalised");
        assertNotNull(page.html().selectFirst("#avail_SAT_AM[checked]"));
        assertNotNull(page.html().selectFirst("#consent[checked]"));
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_volunteer WHERE account_id = ? AND consent_share", person.id()));
    }

    @Test
    void everyTickedTimeSlotAndFieldIsKept() {
        TestAccount person = accounts.create(Role.CITIZEN);
        WebSession s = accounts.logIn(server.getURL(), person);
        Map<String, Object> form = new HashMap<>(volunteerForm("複数の時間"));
        form.put("availability", java.util.List.of("SAT_AM", "WED_PM", "SUN_EVE"));
        form.put("activityFields", java.util.List.of("CHILDCARE", "TOWN"));
        assertEquals(303, DirectoryTestData.postForm(server.getURL(), s, "/volunteer", form).status());
        var page = s.get("/volunteer").html();
        for (String slot : java.util.List.of("SAT_AM", "WED_PM", "SUN_EVE")) {
            assertNotNull(page.selectFirst("#avail_" + slot + "[checked]"), slot);
        }
        assertNull(page.selectFirst("#avail_MON_AM[checked]"));
        assertNotNull(page.selectFirst("input[name=activityFields][value=TOWN][checked]"));
    }

    @Test
    void badInputShowsMessagesNextToTheFields() {
        TestAccount person = accounts.create(Role.CITIZEN);
        WebSession s = accounts.logIn(server.getURL(), person);
        Map<String, String> form = volunteerForm("草刈り");
        form.put("phone", "");
        form.put("availability", "XYZ_AM");
        Page page = s.post("/volunteer", form);
        assertEquals(422, page.status());
        assertTrue(page.html().selectFirst("#phone-error").text().contains("電話番号を入力"));
        assertNotNull(page.html().selectFirst("#availability-error"));
        assertEquals("草刈り", page.html().selectFirst("#skills").text());
        form.put("phone", "abc");
        form.put("availability", "SAT_AM");
        assertTrue(s.post("/volunteer", form).html().selectFirst("#phone-error").text().contains("数字とハイフン"));
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_volunteer WHERE account_id = ?", person.id()));
    }

    @Test
    void contactDetailsAreForCoordinatorsAndStaffOnlyAndEveryViewIsLogged() {
        TestAccount person = accounts.create(Role.CITIZEN);
        long id = register(person, volunteerForm("写真撮影"));

        WebSession otherCitizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        assertEquals(403, otherCitizen.get("/admin/volunteers/" + id).status());
        assertEquals(403, otherCitizen.get("/admin/volunteers/export.csv").status());
        WebSession reviewer = accounts.loggedIn(server.getURL(), Role.REVIEWER);
        assertEquals(403, reviewer.get("/admin/volunteers/" + id).status());

        TestAccount coordinator = accounts.create(Role.COORDINATOR);
        WebSession c = accounts.logIn(server.getURL(), coordinator);
        Page list = c.get("/admin/volunteers?q=写真撮影");
        assertTrue(list.text().contains(person.name()));
        assertFalse(list.text().contains("090-1234-5678"), "no contacts in the list");
        assertEquals(0, data.audits(AuditLog.PERSONAL_DATA_VIEWED, coordinator.id(), "dir.audit.target.volunteer"));
        Page detail = c.get("/admin/volunteers/" + id);
        assertTrue(detail.text().contains("090-1234-5678"));
        assertTrue(detail.text().contains(person.email()));
        assertEquals(1, data.audits(AuditLog.PERSONAL_DATA_VIEWED, coordinator.id(), "dir.audit.target.volunteer"));

        // Coordinators export without names and contacts; staff with them. Both are logged.
        Page coordinatorCsv = c.get("/admin/volunteers/export.csv");
        assertEquals(200, coordinatorCsv.status());
        assertFalse(coordinatorCsv.body().contains(person.email()));
        assertTrue(coordinatorCsv.body().contains("写真撮影"));
        assertEquals(1, data.audits("dir.audit.dataExported", coordinator.id(), "dir.audit.target.volunteer"));
        TestAccount staff = accounts.create(Role.STAFF);
        Page staffCsv = accounts.logIn(server.getURL(), staff).get("/admin/volunteers/export.csv?encoding=sjis");
        String decoded = new String(staffCsv.bytes(), java.nio.charset.Charset.forName("windows-31j"));
        assertTrue(decoded.contains(person.email()) && decoded.contains("写真撮影"), "Windows-31J export");
        assertEquals(1, data.audits(AuditLog.PERSONAL_DATA_EXPORTED, staff.id(), "dir.audit.target.volunteer"));
    }

    @Test
    void aPersonDownloadsAndDeletesTheirOwnData() {
        TestAccount person = accounts.create(Role.CITIZEN);
        long id = register(person, volunteerForm("手話"));
        WebSession s = accounts.logIn(server.getURL(), person);
        Page json = s.get("/volunteer/my-data.json");
        assertEquals(200, json.status());
        assertTrue(json.body().contains("手話") && json.body().contains("090-1234-5678"), json.body());
        Page csv = s.get("/volunteer/my-data.csv");
        assertEquals((byte) 0xEF, csv.bytes()[0], "UTF-8 with BOM");
        assertTrue(new String(csv.bytes(), StandardCharsets.UTF_8).contains("手話"));

        assertEquals(303, s.post("/volunteer/delete", map("confirmDelete", "on")).status());
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_volunteer WHERE account_id = ?", person.id()));
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_volunteer WHERE id = ? AND active = FALSE "
                + "AND phone IS NULL AND email IS NULL AND skills IS NULL AND name = '削除済み'", id), "row kept anonymous");
        assertEquals(1, data.count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'dir.audit.volunteerDeleted' AND actor_id = ?", person.id()));
        assertEquals(404, accounts.loggedIn(server.getURL(), Role.STAFF).get("/admin/volunteers/" + id).status());
        assertFalse(s.get("/volunteer/my-data.json").body().contains("手話"));
    }

    /**
     * Delivered as a domain event (after the publishing transaction commits), a course completion makes
     * the person a サポーター once: the same event again, even after a coordinator removed the mark, changes nothing.
     */
    @Test
    void aCourseCompletionDeliveredAsADomainEventIsHandledOnce() {
        TestAccount person = accounts.create(Role.CITIZEN);
        long id = register(person, volunteerForm("まち歩き"));
        CourseCompleted event = new CourseCompleted(8_000_000L + id, "協働塾" + unique(), person.id(),
                LocalDate.now(kyodo.core.CityClock.JAPAN));
        transactions.executeWrite(status -> {
            domainEvents.publish(event);
            return null;
        });
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_supporter WHERE account_id = ? AND source LIKE ?",
                person.id(), "講座修了: 協働塾%"));
        assertEquals(1, data.count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'dir.audit.supporterSet' "
                + "AND target_type = 'dir.audit.target.supporter' AND target_id = ?", String.valueOf(person.id())));

        WebSession c = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        assertEquals(303, c.post("/admin/volunteers/" + id + "/supporter", Map.of()).status());
        supporterListener.on(event);
        transactions.executeWrite(status -> {
            domainEvents.publish(event);
            return null;
        });
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_supporter WHERE account_id = ?", person.id()),
                "a repeated delivery does not undo the coordinator's decision");
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_supporter_course WHERE event_id = ? AND account_id = ?",
                event.eventId(), person.id()));
    }

    @Test
    void aCompletedCourseMakesTheParticipantASupporter() {
        TestAccount person = accounts.create(Role.CITIZEN);
        long id = register(person, volunteerForm("まち歩き"));
        // As the events module does when attendance completes a course: published in its transaction.
        transactions.executeWrite(status -> {
            domainEvents.publish(new CourseCompleted(9_999L, "協働塾" + unique(), person.id(), LocalDate.now(kyodo.core.CityClock.JAPAN)));
            return null;
        });
        assertTrue(accounts.logIn(server.getURL(), person).get("/volunteer").text().contains("まちづくりサポーター"));
        WebSession c = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        assertTrue(c.get("/admin/volunteers?supporters=1&q=まち歩き").text().contains(person.name()));
        // A coordinator can remove it again and set it by hand.
        assertEquals(303, c.post("/admin/volunteers/" + id + "/supporter", Map.of()).status());
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_supporter WHERE account_id = ?", person.id()));
        assertEquals(303, c.post("/admin/volunteers/" + id + "/supporter", Map.of()).status());
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_supporter WHERE account_id = ? AND set_by IS NOT NULL", person.id()));
        assertNull(null);
    }

    @Test
    void aCompleterWhoIsNotAVolunteerIsInTheCoordinatorsSupporterList() {
        TestAccount person = accounts.create(Role.CITIZEN);
        transactions.executeWrite(status -> {
            domainEvents.publish(new CourseCompleted(9_998L, "協働塾" + unique(), person.id(), LocalDate.now(kyodo.core.CityClock.JAPAN)));
            return null;
        });
        WebSession c = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        Page list = c.get("/admin/volunteers?supporters=1");
        assertEquals(200, list.status());
        var section = list.html().selectFirst("section[aria-labelledby=unregistered-title]");
        assertNotNull(section, list.text());
        assertTrue(section.text().contains(person.name()), section.text());
        assertFalse(section.text().contains(person.email()), "no contact details without a volunteer registration");
        assertTrue(c.get("/admin/volunteers").html().selectFirst("section[aria-labelledby=unregistered-title]") == null,
                "shown with the supporters filter");
    }
}
