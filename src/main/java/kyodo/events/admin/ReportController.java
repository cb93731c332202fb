package kyodo.events.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.CsvFiles;
import kyodo.core.FiscalYear;
import kyodo.core.Pages;
import kyodo.events.internal.EventExports;
import kyodo.events.internal.ReportService;

import java.util.Map;

/** The yearly report: registrations, participants (参加者数), total attendance (延べ人数), cancellations, no-shows. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/events/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ReportController {

    private final ReportService reports;
    private final EventExports exports;

    ReportController(ReportService reports, EventExports exports) {
        this.reports = reports;
        this.exports = exports;
    }

    private FiscalYear year(Integer fy) {
        return fy == null || fy < 2000 || fy > 2100 ? reports.current() : new FiscalYear(fy);
    }

    @Get
    HttpResponse<?> report(@Nullable @QueryValue Integer fy) {
        FiscalYear year = year(fy);
        return Pages.page("events/admin/report", Map.of("report", reports.year(year),
                "previous", year.previous().startYear(), "next", year.next().startYear()));
    }

    @Produces({"text/csv", MediaType.TEXT_HTML})
    @Get("/report.csv")
    HttpResponse<?> csv(@Nullable @QueryValue Integer fy, @Nullable @QueryValue String encoding) {
        CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
        FiscalYear year = year(fy);
        return CsvFiles.download(exports.reportFileName(year), exports.report(reports.year(year), enc), enc);
    }
}
