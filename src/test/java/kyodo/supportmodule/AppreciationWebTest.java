package kyodo.supportmodule;

import io.micronaut.context.annotation.Property;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 感謝状 through the portal: a round and its period, citizens' nominations (named, not twice, not
 * outside the period), the committee's votes, staff's selection, consent and ceremony, the figures
 * of FY2020 (8 letters: 4 groups, 4 individuals) and the certificate with the 和暦 date and the mayor.
 */
@MicronautTest(transactional = false)
@Property(name = "kyodo.support.mayor-name", value = "桜井 一郎")
class AppreciationWebTest {

    static final TestClock CLOCK = new TestClock();

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

    static Map<String, String> nomination(String kind, String groupId, String name, String years, String reason, String nominator) {
        Map<String, String> form = new HashMap<>();
        form.put("nomineeKind", kind);
        form.put("groupId", groupId);
        form.put("nomineeName", name);
        form.put("nomineeKana", "");
        form.put("yearsActive", years);
        form.put("reason", reason);
        form.put("nominatorName", nominator);
        return form;
    }

    private long roundId(int year) {
        return fixture.count("SELECT id FROM sup_letter_round WHERE fiscal_year = ?", year);
    }

    @Test
    void fiscalYear2020GivesEightLettersToFourGroupsAndFourIndividualsAndTheCertificateNamesTheMayor() throws Exception {
        CLOCK.set(2020, 10, 1);
        TestAccount staffAccount = accounts.create(Role.STAFF);
        WebSession staff = accounts.logIn(server.getURL(), staffAccount);
        assertEquals(303, staff.post("/admin/support/letters/rounds", Map.of("fiscalYear", "2020", "opensOn", "2020-09-01",
                "closesOn", "2020-11-30")).status());
        long round = roundId(2020);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
            Map<String, String> form;
            if (i < 2) {
                SupportFixture.Group g = fixture.group("見守り隊" + i);
                names.add(g.name());
                form = nomination("GROUP", Long.toString(g.id()), "", "12", "通学路の見守りを続けています", "推薦 太郎" + i);
            } else if (i < 4) {
                String name = "花壇の会" + i + "-" + round;
                names.add(name);
                form = nomination("GROUP", "", name, "8", "駅前の花壇を手入れしています", "推薦 太郎" + i);
            } else {
                String name = "市民 花子" + i + "-" + round;
                names.add(name);
                form = nomination("PERSON", "", name, "２０", "読み聞かせのボランティアを続けています", "推薦 太郎" + i);
            }
            Page sent = citizen.post("/support/letters/nominate", form);
            assertEquals(303, sent.status(), sent.text());
            assertTrue(citizen.get(sent.location()).text().contains("推薦を受け付けました"));
        }
        assertEquals(8, fixture.count("SELECT COUNT(*) FROM sup_nomination WHERE round_id = ?", round));

        // The committee screens and votes; staff record the selection after the period, and the ceremony.
        CLOCK.set(2021, 2, 1);
        WebSession reviewer = accounts.loggedIn(server.getURL(), Role.REVIEWER);
        Page queue = reviewer.get("/review/letters/" + round);
        assertEquals(200, queue.status());
        long first = fixture.count("SELECT MIN(id) FROM sup_nomination WHERE round_id = ?", round);
        assertEquals(303, reviewer.post("/review/letters/nominations/" + first + "/vote", Map.of("vote", "RECOMMEND", "comment", "長年の活動")).status());
        assertEquals(303, reviewer.post("/review/letters/nominations/" + first + "/vote", Map.of("vote", "RECOMMEND")).status(),
                "voting again changes the vote");
        assertTrue(accounts.loggedIn(server.getURL(), Role.REVIEWER).get("/review/letters/" + round).text().contains("推薦する 1"));
        staff = accounts.logIn(server.getURL(), staffAccount);
        assertEquals(303, staff.post("/admin/support/letters/rounds/" + round + "/ceremony",
                Map.of("ceremonyOn", "2021-03-22", "ceremonyPlace", "市民活動フェスタ会場")).status());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(fixture.count("SELECT id FROM sup_nomination WHERE round_id = ? ORDER BY id LIMIT 1 OFFSET " + i, round));
        }
        for (long id : ids) {
            assertEquals(303, staff.post("/admin/support/letters/nominations/" + id + "/select", Map.of()).status());
        }
        assertEquals(422, staff.post("/admin/support/letters/nominations/" + ids.get(0) + "/select", Map.of()).status(),
                "a decision is recorded once");
        for (int i = 0; i < 5; i++) {
            assertEquals(303, staff.post("/admin/support/letters/nominations/" + ids.get(i) + "/consent", Map.of("consent", "true")).status());
        }

        Page figures = staff.get("/admin/support/letters");
        var row = figures.html().selectFirst("#letter-figures tr[data-year=2020]");
        assertEquals("8", row.selectFirst("td[data-k=total]").text());
        assertEquals("4", row.selectFirst("td[data-k=groups]").text());
        assertEquals("4", row.selectFirst("td[data-k=individuals]").text());

        Page open = WebSession.at(server.getURL()).get("/support/letters");
        assertTrue(open.text().contains("感謝状贈呈数 8件（4団体・4個人）"), open.text());
        for (int i = 0; i < 8; i++) {
            assertEquals(i < 5, open.text().contains(names.get(i)), "only recipients who agreed are named: " + names.get(i));
        }
        assertTrue(open.text().contains("ほか3件"));

        Page certificate = staff.get("/admin/support/letters/nominations/" + ids.get(4) + "/certificate");
        assertEquals(200, certificate.status());
        String text = certificate.html().selectFirst(".sup-certificate").text();
        assertTrue(text.contains("令和3年3月22日") && text.contains("さくら市長") && text.contains("桜井 一郎") && text.contains(names.get(4) + " 様")
                && text.contains("令和2年度 第5号") && text.contains("20年"), text);
        assertEquals(1, certificate.html().select("button[data-print]").size());
        assertTrue(fixture.count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'sup.audit.certificatePrinted' AND target_id = ?",
                Long.toString(ids.get(4))) >= 1);

        Page pdf = staff.get("/admin/support/letters/nominations/" + ids.get(4) + "/certificate.pdf");
        boolean font = new java.io.File("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf").isFile();
        if (!font && !"true".equalsIgnoreCase(System.getenv("CI"))) {
            assertEquals(503, pdf.status(), "without the font the PDF is refused, not broken");
            Assumptions.assumeTrue(false, "the Japanese font is not installed here: the PDF's font check is skipped");
        }
        assertEquals(200, pdf.status());
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "certificate.pdf"), pdf.bytes());
        assertTrue(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        try (var document = Loader.loadPDF(pdf.bytes())) {
            String pdfText = new PDFTextStripper().getText(document);
            assertTrue(pdfText.contains("令和3年3月22日") && pdfText.contains("桜井 一郎") && pdfText.contains("感"), pdfText);
            boolean embedded = false;
            for (var page : document.getPages()) {
                for (var fontName : page.getResources().getFontNames()) {
                    var f = page.getResources().getFont(fontName);
                    embedded |= f.getName().contains("IPAGothic") && f.isEmbedded();
                }
            }
            assertTrue(embedded, "the Japanese font is embedded");
        }
    }

    @Test
    void nominationsAreNamedInThePeriodNotTwiceAndNothingUnsafeIsWritten() throws Exception {
        CLOCK.set(2031, 6, 1);
        TestAccount staffAccount = accounts.create(Role.STAFF);
        TestAccount citizenAccount = accounts.create(Role.CITIZEN);
        WebSession citizen = accounts.logIn(server.getURL(), citizenAccount);
        Map<String, String> good = nomination("PERSON", "", "さくら　太郎", "5", "子ども食堂を続けています", "推薦 花子");
        Page noRound = citizen.post("/support/letters/nominate", good);
        assertEquals(422, noRound.status());
        assertTrue(noRound.text().contains("推薦の受付はまだ始まっていません"), noRound.text());

        WebSession staff = accounts.logIn(server.getURL(), staffAccount);
        Page wrongOrder = staff.post("/admin/support/letters/rounds", Map.of("fiscalYear", "2031", "opensOn", "2031-08-31",
                "closesOn", "2031-07-01"));
        assertEquals(422, wrongOrder.status());
        assertTrue(wrongOrder.html().selectFirst("#closesOn-error").text().contains("開始日以降"));
        assertEquals(303, staff.post("/admin/support/letters/rounds", Map.of("fiscalYear", "2031", "opensOn", "2031-07-01",
                "closesOn", "2031-08-31")).status());
        assertEquals(422, staff.post("/admin/support/letters/rounds", Map.of("fiscalYear", "2031", "opensOn", "2031-07-01",
                "closesOn", "2031-08-31")).status(), "one round a year");
        long round = roundId(2031);

        Page early = citizen.post("/support/letters/nominate", good);
        assertEquals(422, early.status());
        assertTrue(early.text().contains("推薦の受付期間（令和13年7月1日～令和13年8月31日）ではありません"), early.text());

        CLOCK.set(2031, 7, 10);
        citizen = accounts.logIn(server.getURL(), citizenAccount);
        Map<String, String> anonymous = new HashMap<>(good);
        anonymous.put("nominatorName", "　");
        Page noName = citizen.post("/support/letters/nominate", anonymous);
        assertEquals(422, noName.status());
        assertTrue(noName.html().selectFirst("#nominatorName-error").text().contains("匿名での推薦は受け付けていません"));
        Map<String, String> script = new HashMap<>(good);
        script.put("reason", "<script>alert(1)</script>活動");
        Page unsafe = citizen.post("/support/letters/nominate", script);
        assertEquals(422, unsafe.status());
        assertTrue(unsafe.html().selectFirst("#reason-error").text().contains("スクリプトやHTMLのタグ"));
        assertFalse(unsafe.body().contains("<script>alert(1)"), "what was typed is shown again escaped");
        Map<String, String> nobody = new HashMap<>(good);
        nobody.put("nomineeName", "");
        assertTrue(citizen.post("/support/letters/nominate", nobody).html().selectFirst("#nomineeName-error").text()
                .contains("氏名を入力してください"));
        Map<String, String> text = new HashMap<>(good);
        text.put("yearsActive", "長い");
        assertTrue(citizen.post("/support/letters/nominate", text).html().selectFirst("#yearsActive-error").text().contains("数字で入力"));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM sup_nomination WHERE round_id = ?", round), "nothing written");

        // The same form four times at once: one nomination.
        WebSession same = citizen;
        List<Integer> statuses = SupportFixture.atOnce(4, () -> same.post("/support/letters/nominate", good).status());
        assertEquals(1, statuses.stream().filter(s -> s == 303).count(), statuses.toString());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM sup_nomination WHERE round_id = ?", round));
        Map<String, String> spaced = new HashMap<>(good);
        spaced.put("nomineeName", "さくら太郎");
        Page twice = citizen.post("/support/letters/nominate", spaced);
        assertEquals(422, twice.status());
        assertTrue(twice.text().contains("同じ方を2回推薦することはできません"));
        SupportFixture.Group group = fixture.group("防災会");
        Map<String, String> byGroup = nomination("GROUP", Long.toString(group.id()), "", "15", "防災訓練を続けています", "推薦 花子");
        assertEquals(303, citizen.post("/support/letters/nominate", byGroup).status(), "several nominations are allowed");
        assertEquals(422, citizen.post("/support/letters/nominate", byGroup).status());
        assertEquals(303, accounts.loggedIn(server.getURL(), Role.CITIZEN).post("/support/letters/nominate", byGroup).status(),
                "another citizen may nominate the same group");
        assertTrue(citizen.get("/support/letters/mine").text().contains(group.name()));

        Page anonymousVisitor = WebSession.at(server.getURL()).get("/support/letters/nominate");
        assertEquals(303, anonymousVisitor.status());
        assertTrue(anonymousVisitor.location().startsWith("/login"));

        // Access: the committee's pages and staff's pages.
        assertEquals(403, citizen.get("/review/letters").status());
        WebSession reviewer = accounts.loggedIn(server.getURL(), Role.REVIEWER);
        assertEquals(200, reviewer.get("/review/letters").status());
        assertEquals(403, reviewer.get("/admin/support/letters").status());
        long nominationId = fixture.count("SELECT MIN(id) FROM sup_nomination WHERE round_id = ?", round);
        Page noVote = reviewer.post("/review/letters/nominations/" + nominationId + "/vote", Map.of("vote", ""));
        assertEquals(422, noVote.status());
        staff = accounts.logIn(server.getURL(), staffAccount);
        Page tooSoon = staff.post("/admin/support/letters/nominations/" + nominationId + "/select", Map.of());
        assertEquals(422, tooSoon.status());
        assertTrue(tooSoon.text().contains("受付期間が終わってから"));
        assertEquals(422, staff.post("/admin/support/letters/nominations/" + nominationId + "/consent", Map.of("consent", "true")).status());
        assertEquals(404, staff.get("/admin/support/letters/nominations/" + nominationId + "/certificate").status(),
                "no certificate before the selection");
    }
}
