package kyodo.voices.councils;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.Choice;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.voices.councils.CouncilForms.ApplicationForm;
import kyodo.voices.internal.Departments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 公募委員 for citizens: the councils with their citizen members, the open calls, applying, the receipt. */
@Produces(MediaType.TEXT_HTML)
@Controller("/voices/councils")
@Secured(SecurityRule.IS_ANONYMOUS)
class CouncilController {

    private final CouncilService councils;
    private final ApplicationService applications;
    private final Departments departments;
    private final AccountsApi accounts;
    private final CityClock clock;

    CouncilController(CouncilService councils, ApplicationService applications, Departments departments,
                      AccountsApi accounts, CityClock clock) {
        this.councils = councils;
        this.applications = applications;
        this.departments = departments;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list() {
        List<CouncilService.Overview> all = councils.overview();
        return Pages.page("voices/councils", Map.of("councils", all, "departments", departments.names(),
                "today", clock.today(),
                "withMembers", all.stream().filter(o -> o.citizenMembers() > 0).count(),
                "members", all.stream().mapToLong(CouncilService.Overview::citizenMembers).sum()));
    }

    @Get("/recruitments/{id:[0-9]+}")
    HttpResponse<?> call(@PathVariable long id, @Nullable Authentication authentication) {
        Recruitment r = councils.recruitment(id).orElse(null);
        if (r == null) {
            return HttpResponse.notFound();
        }
        AccountSummary me = authentication == null ? null : accounts.find(Viewer.of(authentication).accountId()).orElse(null);
        ApplicationForm empty = new ApplicationForm(me == null ? null : me.displayName(), me == null ? null : me.nameKana(),
                null, null, null, null, null);
        return Pages.page("voices/council-call", model(r, empty, authentication));
    }

    private Map<String, Object> model(Recruitment r, ApplicationForm form, @Nullable Authentication authentication) {
        Map<String, Object> model = new HashMap<>();
        model.put("call", r);
        model.put("council", councils.find(r.councilId()).orElseThrow());
        model.put("form", form);
        model.put("today", clock.today());
        model.put("open", r.open(clock.today()));
        model.put("signedIn", authentication != null);
        model.put("ageBands", Application.AGE_BANDS.stream().map(b -> Choice.keyed(b, "voi.ageBand." + b)).toList());
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/recruitments/{id:[0-9]+}/apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> apply(@PathVariable long id, @Body ApplicationForm form, Authentication authentication) {
        Recruitment r = councils.recruitment(id).orElse(null);
        if (r == null) {
            return HttpResponse.notFound();
        }
        try {
            Application a = applications.apply(Viewer.of(authentication), id, form);
            return Pages.redirect("/voices/councils/receipts/" + a.receiptToken());
        } catch (FormInvalidException e) {
            return Pages.invalid("voices/council-call", model(r, form, authentication), e.errors());
        }
    }

    @Get("/receipts/{token:[0-9a-f]+}")
    HttpResponse<?> receipt(@PathVariable String token) {
        return applications.receipt(token).<HttpResponse<?>>map(r -> Pages.page("voices/council-receipt", Map.of("r", r))
                .header("Cache-Control", "no-store")).orElseGet(HttpResponse::notFound);
    }
}
