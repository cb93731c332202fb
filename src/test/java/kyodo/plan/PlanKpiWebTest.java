package kyodo.plan;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * KPIs: Ashiya's 地域の活動に参加している市民の割合 35.9% (R1) → 40.0% (R6) with entered actuals (behind, then
 * on track against the straight line), a KPI computed from the directory's registered groups, the board's
 * SVG chart with the same figures in its table; and the progress report as PDF with the Japanese font embedded.
 */
@MicronautTest(transactional = false)
class PlanKpiWebTest {

    static final TestClock CLOCK = new TestClock();
    static final String FONT = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf";

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    PlanFixture fixture;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @AfterEach
    void realTime() {
        CLOCK.reset();
    }

    @Test
    void ashiyasShareIsOnTrackAgainstTheLineFromBaselineToTarget() {
        CLOCK.set(2022, 6, 1);
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long plan = fixture.plan(staff, PlanFixture.unique("第3次芦屋市市民参画協働推進計画"), 2020, 2024, true);
        Page created = staff.post("/admin/plan/" + plan + "/kpis", Map.of("name", "地域の活動に参加している市民の割合", "unit", "%",
                "baselineValue", "35.9%", "baselineYear", "2019", "targetValue", "40.0", "targetYear", "2024"));
        assertEquals(303, created.status(), created.text());
        long kpi = Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
        // The line: 35.9 in 2019 to 40.0 in 2024 — 36.72 in 2020, 37.54 in 2021.
        assertEquals(303, staff.post("/admin/plan/kpis/" + kpi + "/actuals", Map.of("fiscalYear", "2020", "actualValue", "36.4")).status());
        Page behind = WebSession.at(server.getURL()).get("/plan/" + plan + "/kpis");
        assertTrue(behind.html().selectFirst(".pln-status").text().equals("遅れ"), behind.text());
        assertEquals(303, staff.post("/admin/plan/kpis/" + kpi + "/actuals", Map.of("fiscalYear", "2021", "actualValue", "37.8")).status());
        Page outside = staff.post("/admin/plan/kpis/" + kpi + "/actuals", Map.of("fiscalYear", "2019", "actualValue", "1"));
        assertEquals(422, outside.status());
        assertTrue(outside.html().select("#fiscalYear-error").text().contains("2020–2024"));

        Page board = WebSession.at(server.getURL()).get("/plan/" + plan + "/kpis");
        assertEquals(200, board.status());
        Element section = board.html().selectFirst(".pln-kpi");
        assertEquals("順調", section.selectFirst(".pln-status").text());
        assertTrue(section.text().contains("35.9%（2019年度") && section.text().contains("40.0%（2024年度"), section.text());
        Element svg = section.selectFirst("svg");
        assertTrue(svg != null && svg.attr("role").equals("img"));
        List<String> chartFigures = svg.select("g text").eachText();
        assertEquals(List.of("35.9", "36.4", "37.8"), chartFigures, "the chart shows the same figures as the table");
        List<String> rows = new ArrayList<>(section.select("table tbody tr").eachText());
        assertEquals(6, rows.size());
        assertTrue(rows.get(1).contains("36.7") && rows.get(1).contains("36.4"), rows.get(1));
        assertTrue(rows.get(2).contains("37.5") && rows.get(2).contains("37.8"), rows.get(2));
        assertTrue(rows.get(5).contains("40.0") && rows.get(5).endsWith("-"), rows.get(5));

        // A KPI counted from the directory: approved groups at the end of each fiscal year.
        long before = fixture.count("SELECT COUNT(*) FROM dir_group WHERE status = 'APPROVED' AND COALESCE(approved_at, created_at) < '2021-04-01'");
        Page computed = staff.post("/admin/plan/" + plan + "/kpis", Map.of("name", "登録している市民活動団体の数", "unit", "団体",
                "baselineValue", "20", "baselineYear", "2019", "targetValue", "30", "targetYear", "2024", "sourceCode", "directory.groups"));
        assertEquals(303, computed.status(), computed.text());
        Page admin = staff.get(computed.location());
        assertEquals(200, admin.status());
        String row2020 = admin.html().select("table tbody tr").get(1).text();
        assertTrue(row2020.contains(String.format("%,d", before) + "（自動集計）"), row2020);
        Page bad = staff.post("/admin/plan/" + plan + "/kpis", Map.of("name", "割合", "unit", "%", "baselineValue", "1",
                "baselineYear", "2019", "targetValue", "2", "targetYear", "2024", "sourceCode", "directory.surveyShare"));
        assertEquals(422, bad.status());
        assertTrue(bad.html().select("#sourceParameter-error").text().contains("パラメーターが必要です"));
    }

    @Test
    void theProgressReportIsAPdfWithTheJapaneseFontEmbedded() throws IOException {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long plan = fixture.tomisato(staff);
        Page printable = WebSession.at(server.getURL()).get("/plan/" + plan + "/report?fy=2020");
        assertEquals(200, printable.status());
        assertTrue(printable.html().select("button[data-print]").size() == 1);
        assertTrue(printable.text().contains("令和2年度予算額 600,000円"));
        Page pdf = WebSession.at(server.getURL()).get("/plan/" + plan + "/report.pdf?fy=2020");
        assertEquals(200, pdf.status(), pdf.body().length() > 300 ? pdf.body().substring(0, 300) : pdf.body());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals("%PDF", new String(pdf.bytes(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            assertTrue(doc.getNumberOfPages() >= 2, "35 items fill more than a page");
            if (!new File(FONT).canRead()) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new AssertionError("CI=true but the Japanese font is missing: apt-get install fonts-ipafont-gothic");
                }
                Assumptions.assumeTrue(false, "PDF font check skipped: " + FONT + " is missing (apt-get install fonts-ipafont-gothic)");
            }
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("IPA") && f.endsWith("embedded")), fonts.toString());
            String text = new PDFTextStripper().getText(doc);
            String flat = text.replaceAll("\\s+", "");
            assertTrue(flat.contains("事業ごとの進捗状況") && flat.contains("進捗状況のまとめ"), text.substring(0, Math.min(500, text.length())));
            assertTrue(flat.contains("市民活動支援補助金の充実") && flat.contains("600,000円"), "the Japanese text is in the PDF");
        }
    }
}
