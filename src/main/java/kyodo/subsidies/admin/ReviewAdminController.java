package kyodo.subsidies.admin;

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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Role;
import kyodo.subsidies.internal.AppView;
import kyodo.subsidies.internal.ApplicationService;
import kyodo.subsidies.internal.Forms.ConfirmForm;
import kyodo.subsidies.internal.Forms.DecisionForm;
import kyodo.subsidies.internal.Forms.ScreenForm;
import kyodo.subsidies.internal.ProgramService;
import kyodo.subsidies.internal.ReviewService;
import kyodo.subsidies.internal.ReviewService.WindowView;
import kyodo.core.CityClock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Staff run a window's review: running order, reviewers, ranking, decisions, release; and 額の確定. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/subsidies")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ReviewAdminController {

    private final ReviewService reviews;
    private final ProgramService programs;
    private final ApplicationService applications;
    private final AccountsApi accounts;
    private final AuditLog audit;
    private final CityClock clock;

    ReviewAdminController(ReviewService reviews, ProgramService programs, ApplicationService applications,
                          AccountsApi accounts, AuditLog audit, CityClock clock) {
        this.reviews = reviews;
        this.programs = programs;
        this.applications = applications;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    private static long me(Authentication auth) {
        return Long.parseLong(auth.getName());
    }

    // ---- window --------------------------------------------------------------------------

    @Get("/windows/{id}")
    HttpResponse<?> window(@PathVariable long id) {
        return reviews.window(id).<HttpResponse<?>>map(w -> windowPage(w, null)).orElse(HttpResponse.notFound());
    }

    private HttpResponse<?> windowPage(WindowView w, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("w", w);
        // Reviewers are shown by name only (no contact data) to the staff organising the session.
        model.put("reviewers", accounts.withRole(Role.REVIEWER).stream().map(a -> new Person(a.id(), a.displayName()))
                .toList());
        model.put("now", clock.now());
        return errors == null ? Pages.page("subsidies/admin/window", model)
                : Pages.invalid("subsidies/admin/window", model, errors);
    }

    record Person(long id, String name) {
    }

    private HttpResponse<?> windowAct(long id, Runnable action, String anchor) {
        WindowView w = reviews.window(id).orElse(null);
        if (w == null) {
            return HttpResponse.notFound();
        }
        try {
            action.run();
            return Pages.redirect("/admin/subsidies/windows/" + id + "?saved=1#" + anchor);
        } catch (FormInvalidException e) {
            return windowPage(reviews.window(id).orElseThrow(), e.errors());
        }
    }

    @Post("/windows/{id}/slots")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> slots(@PathVariable long id, @Body Map<String, Object> body, Authentication auth) {
        return windowAct(id, () -> reviews.slots(me(auth), id, body), "order");
    }

    @Post("/windows/{id}/reviewers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reviewers(@PathVariable long id, @Body Map<String, Object> body, Authentication auth) {
        List<Long> ids = new ArrayList<>();
        Object raw = body.get("reviewerIds");
        List<?> values = raw instanceof List<?> l ? l : raw == null ? List.of() : List.of(raw);
        List<Long> allowed = accounts.withRole(Role.REVIEWER).stream().map(AccountSummary::id).toList();
        // Checkboxes send one value each; a comma-separated list is accepted too.
        for (Object v : values) {
            for (String part : v.toString().split(",")) {
                try {
                    long rid = Long.parseLong(part.trim());
                    if (allowed.contains(rid) && !ids.contains(rid)) {
                        ids.add(rid);
                    }
                } catch (NumberFormatException ignored) {
                    // Not an id: only listed reviewers can be chosen.
                }
            }
        }
        return windowAct(id, () -> programs.assignReviewers(me(auth), id, ids), "reviewers");
    }

    @Post("/windows/{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> release(@PathVariable long id, Authentication auth) {
        return windowAct(id, () -> reviews.release(me(auth), id), "ranking");
    }

    // ---- application ---------------------------------------------------------------------

    @Get("/applications/{id}")
    HttpResponse<?> application(@PathVariable long id, Authentication auth) {
        AppView v = applications.any(id).orElse(null);
        if (v == null) {
            return HttpResponse.notFound();
        }
        return appPage(v, auth, Map.of(), null);
    }

    /** Staff see the applicant's name and e-mail to contact them: each view is logged. */
    private HttpResponse<?> appPage(AppView v, Authentication auth, Map<String, Object> forms, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("v", v);
        AccountSummary applicant = accounts.find(v.app().applicantId()).orElse(null);
        model.put("applicantName", applicant == null ? "—" : applicant.displayName());
        model.put("applicantEmail", applicant == null ? "—" : applicant.email());
        audit.record(me(auth), AuditLog.PERSONAL_DATA_VIEWED, "sub_application", String.valueOf(v.app().id()),
                "applicant contact");
        model.put("screen", new ScreenForm("", ""));
        model.put("decision", new DecisionForm(v.app().awardedAmount() == null ? "adopt" : "adopt",
                String.valueOf(v.app().awardedAmount() == null ? v.app().requestedAmount() : v.app().awardedAmount()),
                v.app().decisionReason() == null ? "" : v.app().decisionReason()));
        model.put("confirm", new ConfirmForm(v.app().awardedAmount() == null ? "" : String.valueOf(v.app().awardedAmount())));
        model.put("remaining", reviews.window(v.window().id()).map(WindowView::remaining).orElse(0L));
        model.putAll(forms);
        return errors == null ? Pages.page("subsidies/admin/application", model)
                : Pages.invalid("subsidies/admin/application", model, errors);
    }

    private HttpResponse<?> appAct(long id, Authentication auth, Runnable action, Map<String, Object> form) {
        AppView v = applications.any(id).orElse(null);
        if (v == null) {
            return HttpResponse.notFound();
        }
        try {
            action.run();
            return Pages.redirect("/admin/subsidies/applications/" + id + "?saved=1");
        } catch (FormInvalidException e) {
            return appPage(applications.any(id).orElseThrow(), auth, form, e.errors());
        }
    }

    @Post("/applications/{id}/screen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> screen(@PathVariable long id, @Body ScreenForm form, Authentication auth) {
        return appAct(id, auth, () -> reviews.screen(me(auth), id, form), Map.of("screen", form));
    }

    @Post("/applications/{id}/decide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decide(@PathVariable long id, @Body DecisionForm form, Authentication auth) {
        return appAct(id, auth, () -> reviews.decide(me(auth), id, form), Map.of("decision", form));
    }

    @Post("/applications/{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(@PathVariable long id, @Body ConfirmForm form, Authentication auth) {
        return appAct(id, auth, () -> reviews.confirm(me(auth), id, form), Map.of("confirm", form));
    }

    @Get("/applications/{id}/notice")
    HttpResponse<?> notice(@PathVariable long id) {
        return applications.any(id).filter(AppView::resultVisible)
                .<HttpResponse<?>>map(v -> Pages.page("subsidies/notice", Map.of("v", v)))
                .orElse(HttpResponse.notFound());
    }
}
