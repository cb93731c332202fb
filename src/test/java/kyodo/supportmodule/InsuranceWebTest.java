package kyodo.supportmodule;

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
import kyodo.support.WebSession.FilePart;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 市民活動総合補償制度 through the portal: a representative reports an accident (FY2020: 1 claim), the
 * documents are checked by content, health details reach staff only and each view is audited, and
 * staff move the claim 受付 → 保険会社へ連絡 → 完了 with notes.
 */
@MicronautTest(transactional = false)
class InsuranceWebTest {

    static final TestClock CLOCK = new TestClock();
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    SupportFixture fixture;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @org.junit.jupiter.api.BeforeEach
    void onlyThisTestsFiscalYear2020() {
        fixture.clearYear(2020);
    }

    @AfterEach
    void realTime() {
        CLOCK.reset();
    }

    static Map<String, String> claim(String formKey, long groupId, String day) {
        Map<String, String> form = new HashMap<>();
        form.put("formKey", formKey);
        form.put("groupId", Long.toString(groupId));
        form.put("eventId", "");
        form.put("matchId", "");
        form.put("accidentOn", day);
        form.put("place", "中央公園");
        form.put("activity", "公園の草刈り");
        form.put("claimKind", "INJURY");
        form.put("partyName", "会員 一郎");
        form.put("healthDetails", "右手首の骨折、通院3週間");
        form.put("description", "草刈り機の片付け中に転倒した");
        return form;
    }

    @Test
    void aRepresentativesReportIsTheYearsOneClaimAndOnlyStaffReadTheHealthDetails() throws Exception {
        CLOCK.set(2021, 1, 15);
        SupportFixture.Group group = fixture.group("草刈りの会");
        WebSession rep = accounts.logIn(server.getURL(), group.representative());
        Page form = rep.get("/support/insurance/claims/new");
        assertEquals(200, form.status());
        String key = form.html().selectFirst("input[name=formKey]").attr("value");

        // The same form four times at once: one claim.
        List<Page> sent = SupportFixture.atOnce(4, () -> rep.post("/support/insurance/claims", claim(key, group.id(), "2020-11-08")));
        assertTrue(sent.stream().anyMatch(p -> p.status() == 303), sent.stream().map(Page::status).toList().toString());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM sup_claim WHERE reporter_id = ?", group.representative().id()));
        long id = fixture.count("SELECT id FROM sup_claim WHERE reporter_id = ?", group.representative().id());
        assertEquals(2020, fixture.count("SELECT fiscal_year FROM sup_claim WHERE id = ?", id));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM sup_claim WHERE fiscal_year = 2020"), "FY2020: 1 claim");

        Page mine = rep.get("/support/insurance/claims/" + id);
        assertEquals(200, mine.status());
        assertTrue(mine.text().contains("中央公園") && mine.text().contains("受付"));
        assertFalse(mine.text().contains("右手首"), "the reporter's page does not show the health details");

        // Documents: checked by what they contain, not by their name.
        assertEquals(303, rep.postMultipart("/support/insurance/claims/" + id + "/documents", Map.of("documentKind", "RULES"),
                Map.of("document", new FilePart("会則.pdf", "application/pdf", PDF))).status());
        Page renamed = rep.postMultipart("/support/insurance/claims/" + id + "/documents", Map.of("documentKind", "MEMBERS"),
                Map.of("document", new FilePart("名簿.pdf", "application/pdf", PNG)));
        assertEquals(422, renamed.status());
        assertTrue(renamed.html().selectFirst("#document-error").text().contains("一致しません"), renamed.text());
        Page script = rep.postMultipart("/support/insurance/claims/" + id + "/documents", Map.of("documentKind", "PLAN"),
                Map.of("document", new FilePart("plan.pdf", "application/pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))));
        assertTrue(script.html().selectFirst("#document-error").text().contains("ファイルの中身で判定"));
        byte[] large = new byte[6 * 1024 * 1024];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        Page tooLarge = rep.postMultipart("/support/insurance/claims/" + id + "/documents", Map.of("documentKind", "PLAN"),
                Map.of("document", new FilePart("plan.pdf", "application/pdf", large)));
        assertTrue(tooLarge.html().selectFirst("#document-error").text().contains("5MBまで"), tooLarge.text());
        Page noKind = rep.postMultipart("/support/insurance/claims/" + id + "/documents", Map.of("documentKind", ""),
                Map.of("document", new FilePart("plan.pdf", "application/pdf", PDF)));
        assertEquals(422, noKind.status());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM sup_claim_file WHERE claim_id = ?", id), "only the good file is kept");
        long fileId = fixture.count("SELECT id FROM sup_claim_file WHERE claim_id = ?", id);
        assertEquals(200, rep.get("/support/insurance/claims/" + id + "/documents/" + fileId).status());

        // Somebody else sees nothing.
        WebSession stranger = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        assertEquals(404, stranger.get("/support/insurance/claims/" + id).status());
        assertEquals(404, stranger.get("/support/insurance/claims/" + id + "/documents/" + fileId).status());
        assertEquals(403, stranger.get("/admin/support/insurance/" + id).status());
        assertEquals(403, accounts.loggedIn(server.getURL(), Role.COORDINATOR).get("/admin/support/insurance/" + id).status(),
                "health details are for staff only");

        // Staff read it (each view audited) and move it on in order.
        TestAccount staffAccount = accounts.create(Role.STAFF);
        WebSession staff = accounts.logIn(server.getURL(), staffAccount);
        Page list = staff.get("/admin/support/insurance");
        assertEquals("1", list.html().selectFirst("#claim-figures tr[data-year=2020] td[data-k=claims]").text());
        for (int i = 0; i < 2; i++) {
            Page view = staff.get("/admin/support/insurance/" + id);
            assertTrue(view.text().contains("右手首の骨折"), view.text());
        }
        staff.get("/support/insurance/claims/" + id + "/documents/" + fileId);
        assertEquals(3, fixture.count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'core.audit.personalDataViewed' "
                + "AND target_type = 'sup.audit.target.claim' AND target_id = ? AND actor_id = ?", Long.toString(id), staffAccount.id()),
                "two views of the claim and one of its document");
        Page skip = staff.post("/admin/support/insurance/" + id + "/notes", Map.of("status", "COMPLETED", "note", ""));
        assertEquals(422, skip.status());
        assertTrue(skip.text().contains("受付 → 保険会社へ連絡 → 完了"));
        assertEquals(303, staff.post("/admin/support/insurance/" + id + "/notes",
                Map.of("status", "INSURER_CONTACTED", "note", "保険会社に連絡済み")).status());
        assertEquals(422, staff.post("/admin/support/insurance/" + id + "/notes", Map.of("status", "INSURER_CONTACTED", "note", "")).status(),
                "a step taken is not taken twice");
        assertEquals(422, staff.post("/admin/support/insurance/" + id + "/notes", Map.of("status", "", "note", "<iframe src=x>")).status());
        assertEquals(303, staff.post("/admin/support/insurance/" + id + "/notes", Map.of("status", "COMPLETED", "note", "支払完了")).status());
        assertEquals("COMPLETED", fixture.text("SELECT status FROM sup_claim WHERE id = ?", id));
        assertEquals(2, fixture.count("SELECT COUNT(*) FROM sup_claim_note WHERE claim_id = ?", id));
        assertTrue(rep.get("/support/insurance/claims/" + id).text().contains("完了"));
        assertTrue(fixture.count("SELECT COUNT(*) FROM core_outbox WHERE recipient = ? AND subject LIKE '%事故報告の状況%'", group.representative().email()) == 2, "the reporter is told");
        assertEquals(422, rep.postMultipart("/support/insurance/claims/" + id + "/documents", Map.of("documentKind", "OTHER"),
                Map.of("document", new FilePart("追加.pdf", "application/pdf", PDF))).status(), "a completed claim takes no more files");
    }

    @Test
    void onlyRepresentativesAndCoordinatorsReportAndBadReportsWriteNothing() {
        CLOCK.set(2026, 6, 10);
        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        SupportFixture.Group group = fixture.group("清掃の会");
        Page refused = citizen.post("/support/insurance/claims", claim(UUID.randomUUID().toString(), group.id(), "2026-06-01"));
        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("団体の代表者またはまちづくりコーディネーター"));
        assertTrue(WebSession.at(server.getURL()).get("/support/insurance").text().contains("補償の対象となる方"), "the public page");

        WebSession rep = accounts.logIn(server.getURL(), group.representative());
        SupportFixture.Group other = fixture.group("よその会");
        Page notMine = rep.post("/support/insurance/claims", claim(UUID.randomUUID().toString(), other.id(), "2026-06-01"));
        assertTrue(notMine.html().selectFirst("#groupId-error").text().contains("団体を一覧から選んで"));
        Page future = rep.post("/support/insurance/claims", claim(UUID.randomUUID().toString(), group.id(), "2026-06-11"));
        assertTrue(future.html().selectFirst("#accidentOn-error").text().contains("今日より後"));
        Map<String, String> script = claim(UUID.randomUUID().toString(), group.id(), "2026-06-01");
        script.put("description", "転倒 <img src=x onerror=alert(1)>");
        Page unsafe = rep.post("/support/insurance/claims", script);
        assertTrue(unsafe.html().selectFirst("#description-error").text().contains("スクリプト"));
        assertFalse(unsafe.body().contains("<img src=x"));
        Map<String, String> badEvent = claim(UUID.randomUUID().toString(), group.id(), "2026-06-01");
        badEvent.put("eventId", "999999999");
        assertTrue(rep.post("/support/insurance/claims", badEvent).html().selectFirst("#eventId-error").text().contains("見つかりません"));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM sup_claim WHERE reporter_id IN (?, ?)", group.representative().id(),
                other.representative().id()), "nothing written");

        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        Map<String, String> byCoordinator = claim(UUID.randomUUID().toString(), other.id(), "2026-06-01");
        byCoordinator.put("claimKind", "LIABILITY");
        byCoordinator.put("healthDetails", "");
        assertEquals(303, coordinator.post("/support/insurance/claims", byCoordinator).status(), "a coordinator reports for any group");
    }
}
