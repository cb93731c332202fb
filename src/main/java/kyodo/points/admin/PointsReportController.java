package kyodo.points.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.CityClock;
import kyodo.core.CsvFiles;
import kyodo.core.FiscalYear;
import kyodo.core.MailTexts;
import kyodo.core.Pages;
import kyodo.points.internal.PointsReport;
import kyodo.points.internal.ReportService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Staff: a fiscal year's points report — the page (with its chart and tables) and the same figures as CSV. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/points/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PointsReportController {

    private final ReportService reports;
    private final MailTexts texts;
    private final CityClock clock;

    PointsReportController(ReportService reports, MailTexts texts, CityClock clock) {
        this.reports = reports;
        this.texts = texts;
        this.clock = clock;
    }

    private FiscalYear year(Integer fy) {
        return fy == null || fy < 2000 || fy > 2100 ? clock.fiscalYear() : new FiscalYear(fy);
    }

    @Get
    HttpResponse<?> report(@Nullable @QueryValue Integer fy) {
        FiscalYear year = year(fy);
        return Pages.page("points/admin/report", Map.of("r", reports.report(year), "previous", year.previous().startYear(),
                "next", year.next().startYear()));
    }

    @Get("/report.csv")
    @Produces("text/csv")
    HttpResponse<?> csv(@Nullable @QueryValue Integer fy, @Nullable @QueryValue String encoding) {
        PointsReport r = reports.report(year(fy));
        CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
        List<List<?>> rows = new ArrayList<>();
        r.bySource().forEach(s -> rows.add(List.of(texts.text("pts.report.section.source"), texts.text(s.sourceKey()), "", s.points())));
        r.byMonth().forEach(m -> rows.add(List.of(texts.text("pts.report.section.month"), m.month(), "", m.points())));
        r.byDistrict().forEach(d -> {
            for (int i = 0; i < r.months().size(); i++) {
                if (d.points().get(i) > 0) {
                    rows.add(List.of(texts.text("pts.report.section.district"), d.district(), r.months().get(i), d.points().get(i)));
                }
            }
        });
        for (String kind : List.of("EXCHANGE", "DONATION", "EXPIRY", "CARRY_OVER")) {
            rows.add(List.of(texts.text("pts.report.section.outflow"), texts.text("pts.transfer." + kind), "", r.outflow(kind)));
        }
        r.topHosts().forEach(h -> rows.add(List.of(texts.text("pts.report.section.host"), h.name(), "", h.points())));
        rows.add(List.of(texts.text("pts.report.section.volunteers"), "", "", r.activeVolunteers()));
        List<String> header = List.of(texts.text("pts.report.col.section"), texts.text("pts.report.col.item"),
                texts.text("pts.report.col.month"), texts.text("pts.report.col.points"));
        return CsvFiles.download(texts.text("pts.report.file", r.year().startYear()), CsvFiles.write(header, rows, enc), enc);
    }
}
