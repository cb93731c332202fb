package kyodo.subsidies.web;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.subsidies.internal.AppView;
import kyodo.subsidies.internal.ApplicationDrafts;
import kyodo.subsidies.internal.ApplicationForm;
import kyodo.subsidies.internal.ApplicationViews;
import kyodo.subsidies.internal.Attachments;
import kyodo.subsidies.internal.BudgetCategory;
import kyodo.subsidies.internal.CompletionReports;
import kyodo.subsidies.internal.Forms.WithdrawForm;
import kyodo.subsidies.internal.ProgramCatalog;
import kyodo.subsidies.internal.ReportForm;
import kyodo.subsidies.internal.SubsidyFile;
import kyodo.subsidies.internal.Withdrawals;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Group representatives: draft, submit, attach, withdraw, report, print the award notice. */
@Produces(MediaType.TEXT_HTML)
@Controller("/subsidies")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ApplicantController {

    private final ApplicationViews applications;
    private final ApplicationDrafts drafts;
    private final Attachments attachments;
    private final Withdrawals withdrawals;
    private final CompletionReports reports;
    private final ProgramCatalog programs;
    private final CityClock clock;

    ApplicantController(ApplicationViews applications, ApplicationDrafts drafts, Attachments attachments,
                        Withdrawals withdrawals, CompletionReports reports, ProgramCatalog programs,
                        CityClock clock) {
        this.applications = applications;
        this.drafts = drafts;
        this.attachments = attachments;
        this.withdrawals = withdrawals;
        this.reports = reports;
        this.programs = programs;
        this.clock = clock;
    }

    private static long me(Authentication auth) {
        return Long.parseLong(auth.getName());
    }

    @Get("/my")
    HttpResponse<?> mine(Authentication auth) {
        return Pages.page("subsidies/my", Map.of("apps", applications.mine(me(auth)),
                "groups", applications.groupsOf(me(auth)), "calls", programs.openCalls(), "now", clock.now()));
    }

    // ---- new application -------------------------------------------------------------------

    @Get("/apply")
    HttpResponse<?> newForm(@Nullable @QueryValue Long windowId, Authentication auth) {
        return form(auth, null, ApplicationForm.empty(windowId), null);
    }

    @Post("/apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body ApplicationForm form, Authentication auth) {
        try {
            long id = drafts.save(me(auth), null, form);
            return Pages.redirect("/subsidies/applications/" + id + "?saved=1");
        } catch (FormInvalidException e) {
            return form(auth, null, form, e.errors());
        }
    }

    @Get("/applications/{id}/edit")
    HttpResponse<?> editForm(@PathVariable long id, Authentication auth) {
        return applications.forApplicant(me(auth), id)
                .<HttpResponse<?>>map(v -> form(auth, v, ApplicationForm.of(v.app(), v.plan()), null))
                .orElse(HttpResponse.notFound());
    }

    @Post("/applications/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long id, @Body ApplicationForm form, Authentication auth) {
        try {
            drafts.save(me(auth), id, form);
            return Pages.redirect("/subsidies/applications/" + id + "?saved=1");
        } catch (FormInvalidException e) {
            return applications.forApplicant(me(auth), id).<HttpResponse<?>>map(v -> form(auth, v, form, e.errors()))
                    .orElse(HttpResponse.notFound());
        }
    }

    private HttpResponse<?> form(Authentication auth, AppView existing, ApplicationForm in, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("existing", existing);
        model.put("existingCategories", existing == null ? List.of()
                : programs.view(existing.program().id()).map(ProgramCatalog.ProgramView::categories).orElse(List.of()));
        model.put("fi", in);
        model.put("groups", applications.groupsOf(me(auth)));
        model.put("calls", programs.openCalls());
        model.put("incomeCategories", BudgetCategory.ofIncome());
        model.put("expenseCategories", BudgetCategory.ofExpenses());
        model.put("now", clock.now());
        return errors == null ? Pages.page("subsidies/apply", model) : Pages.invalid("subsidies/apply", model, errors);
    }

    // ---- the application -----------------------------------------------------------------

    @Get("/applications/{id}")
    HttpResponse<?> show(@PathVariable long id, Authentication auth) {
        return applications.forApplicant(me(auth), id)
                .<HttpResponse<?>>map(v -> Pages.page("subsidies/application", Map.of("v", v, "now", clock.now(),
                        "errors", FieldErrors.none())))
                .orElse(HttpResponse.notFound());
    }

    @Post(value = "/applications/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> attach(@PathVariable long id, @Nullable CompletedFileUpload attachment, Authentication auth)
            throws IOException {
        return upload(id, SubsidyFile.APPLICATION, attachment, auth, "/subsidies/applications/" + id + "?uploaded=1");
    }

    @Post(value = "/applications/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> photo(@PathVariable long id, @Nullable CompletedFileUpload photo, Authentication auth)
            throws IOException {
        return upload(id, SubsidyFile.REPORT, photo, auth, "/subsidies/applications/" + id + "/report?uploaded=1");
    }

    private HttpResponse<?> upload(long id, String ownerType, CompletedFileUpload file, Authentication auth,
                                   String next) throws IOException {
        String name = file == null ? null : file.getFilename();
        byte[] bytes = file == null ? null : file.getBytes();
        try {
            attachments.attach(me(auth), id, ownerType, name, bytes);
            return Pages.redirect(next);
        } catch (FormInvalidException e) {
            return applications.forApplicant(me(auth), id).<HttpResponse<?>>map(v -> SubsidyFile.REPORT.equals(ownerType)
                            ? reportPage(v, ReportForm.of(v.app(), v.actual()), e.errors())
                            : Pages.invalid("subsidies/application", Map.of("v", v, "now", clock.now()), e.errors()))
                    .orElse(HttpResponse.notFound());
        }
    }

    @Post("/applications/{id}/files/{fileId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeFile(@PathVariable long id, @PathVariable long fileId, Authentication auth) {
        try {
            attachments.removeFile(me(auth), id, fileId);
        } catch (FormInvalidException e) {
            return HttpResponse.notFound();
        }
        return Pages.redirect("/subsidies/applications/" + id);
    }

    // ---- withdrawing ---------------------------------------------------------------------

    @Get("/applications/{id}/withdraw")
    HttpResponse<?> withdrawForm(@PathVariable long id, Authentication auth) {
        return applications.forApplicant(me(auth), id)
                .<HttpResponse<?>>map(v -> Pages.page("subsidies/withdraw", Map.of("v", v,
                        "form", new WithdrawForm(null))))
                .orElse(HttpResponse.notFound());
    }

    @Post("/applications/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(@PathVariable long id, @Body WithdrawForm form, Authentication auth) {
        try {
            withdrawals.withdraw(me(auth), id, form);
            return Pages.redirect("/subsidies/applications/" + id + "?withdrawn=1");
        } catch (FormInvalidException e) {
            return applications.forApplicant(me(auth), id).<HttpResponse<?>>map(v -> Pages.invalid("subsidies/withdraw",
                    Map.of("v", v, "form", form), e.errors())).orElse(HttpResponse.notFound());
        }
    }

    // ---- completion report ---------------------------------------------------------------

    @Get("/applications/{id}/report")
    HttpResponse<?> reportForm(@PathVariable long id, Authentication auth) {
        return applications.forApplicant(me(auth), id)
                .<HttpResponse<?>>map(v -> reportPage(v, ReportForm.of(v.app(),
                        v.actual().isEmpty() ? v.plan() : v.actual()), null))
                .orElse(HttpResponse.notFound());
    }

    @Post("/applications/{id}/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> report(@PathVariable long id, @Body ReportForm form, Authentication auth) {
        try {
            reports.report(me(auth), id, form);
            return Pages.redirect("/subsidies/applications/" + id + "?reported=1");
        } catch (FormInvalidException e) {
            return applications.forApplicant(me(auth), id).<HttpResponse<?>>map(v -> reportPage(v, form, e.errors()))
                    .orElse(HttpResponse.notFound());
        }
    }

    private HttpResponse<?> reportPage(AppView v, ReportForm form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("v", v);
        model.put("fi", form);
        model.put("incomeCategories", BudgetCategory.ofIncome());
        model.put("expenseCategories", BudgetCategory.ofExpenses());
        return errors == null ? Pages.page("subsidies/report", model) : Pages.invalid("subsidies/report", model, errors);
    }

    /** 交付決定通知書, printable; only once the result is released. */
    @Get("/applications/{id}/notice")
    HttpResponse<?> notice(@PathVariable long id, Authentication auth) {
        return applications.forApplicant(me(auth), id).filter(AppView::resultVisible)
                .<HttpResponse<?>>map(v -> Pages.page("subsidies/notice", Map.of("v", v)))
                .orElse(HttpResponse.notFound());
    }
}
