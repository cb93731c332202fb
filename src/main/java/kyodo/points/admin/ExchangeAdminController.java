package kyodo.points.admin;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.CityClock;
import kyodo.core.CsvFiles;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.points.internal.ExchangeRequest;
import kyodo.points.internal.ExchangeService;
import kyodo.points.internal.PaymentList;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Staff: a year's exchange and donation requests, approved in bulk; the payment list as CSV and Excel. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/points/exchanges")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ExchangeAdminController {

    private static final MediaType XLSX = new MediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @Introspected
    @Serdeable
    record ApproveForm(@Nullable List<String> request) {
    }

    @Introspected
    @Serdeable
    record RejectForm(@Nullable String decisionNote) {
    }

    private final ExchangeService exchanges;
    private final PaymentList payments;
    private final AccountsApi accounts;
    private final CityClock clock;

    ExchangeAdminController(ExchangeService exchanges, PaymentList payments, AccountsApi accounts, CityClock clock) {
        this.exchanges = exchanges;
        this.payments = payments;
        this.accounts = accounts;
        this.clock = clock;
    }

    private int year(Integer fy) {
        return fy == null || fy < 2000 || fy > 2100 ? clock.fiscalYear().previous().startYear() : fy;
    }

    @Get
    HttpResponse<?> list(@Nullable @QueryValue Integer fy, @Nullable @QueryValue String done) {
        return Pages.page("points/admin/exchanges", model(year(fy), done == null || !done.matches("[a-z]{1,20}") ? null : "pts.done." + done));
    }

    private Map<String, Object> model(int year, String done) {
        List<ExchangeRequest> all = exchanges.ofYear(year, null);
        Map<Long, String> people = all.isEmpty() ? Map.of() : accounts.findAll(all.stream().map(ExchangeRequest::volunteerId)
                .distinct().toList()).stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        Map<String, Object> model = new HashMap<>();
        model.put("year", year);
        model.put("requests", all);
        model.put("people", people);
        model.put("done", done);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> approve(@Nullable @QueryValue Integer fy, @Body ApproveForm form, Authentication auth) {
        List<Long> ids = form.request() == null ? List.of() : form.request().stream().filter(s -> s != null && s.matches("\\d{1,18}"))
                .map(Long::valueOf).distinct().toList();
        if (ids.isEmpty()) {
            return Pages.invalid("points/admin/exchanges", model(year(fy), null), FieldErrors.of(FieldErrors.FORM, "pts.error.chooseRequests"));
        }
        exchanges.approve(ids, Viewer.of(auth).accountId());
        return Pages.redirect("/admin/points/exchanges?fy=" + year(fy) + "&done=approved");
    }

    @Post("/{id:[0-9]+}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reject(long id, @Nullable @QueryValue Integer fy, @Body RejectForm form, Authentication auth) {
        try {
            exchanges.reject(id, Viewer.of(auth).accountId(), form.decisionNote());
            return Pages.redirect("/admin/points/exchanges?fy=" + year(fy) + "&done=rejected");
        } catch (FormInvalidException e) {
            return Pages.invalid("points/admin/exchanges", model(year(fy), null), e.errors());
        }
    }

    @Get("/payments.csv")
    @Produces("text/csv")
    HttpResponse<?> csv(@Nullable @QueryValue Integer fy, @Nullable @QueryValue String encoding, Authentication auth) {
        CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
        int year = year(fy);
        return CsvFiles.download(payments.fileName(year, "csv"), payments.csv(year, enc, Viewer.of(auth).accountId()), enc);
    }

    @Get("/payments.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    HttpResponse<?> xlsx(@Nullable @QueryValue Integer fy, Authentication auth) {
        int year = year(fy);
        String name = URLEncoder.encode(payments.fileName(year, "xlsx"), StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(payments.xlsx(year, Viewer.of(auth).accountId())).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"payments.xlsx\"; filename*=UTF-8''" + name)
                .header("Cache-Control", "no-store");
    }
}
