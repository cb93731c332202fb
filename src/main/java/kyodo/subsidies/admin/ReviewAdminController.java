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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.subsidies.internal.AmountConfirmation;
import kyodo.subsidies.internal.AppView;
import kyodo.subsidies.internal.ApplicationViews;
import kyodo.subsidies.internal.ApplicationViews.StaffView;
import kyodo.subsidies.internal.AwardDecisions;
import kyodo.subsidies.internal.Forms.ConfirmForm;
import kyodo.subsidies.internal.Forms.DecisionForm;
import kyodo.subsidies.internal.Forms.ReviewersForm;
import kyodo.subsidies.internal.Forms.ScreenForm;
import kyodo.subsidies.internal.Forms.SlotsForm;
import kyodo.subsidies.internal.Rankings;
import kyodo.subsidies.internal.Rankings.WindowView;
import kyodo.subsidies.internal.ReviewSessions;
import kyodo.subsidies.internal.Screening;

import java.util.HashMap;
import java.util.Map;

/** Staff run a window's review: running order, reviewers, ranking, decisions, release; and 額の確定. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/subsidies")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ReviewAdminController {

    private final Rankings rankings;
    private final ReviewSessions sessions;
    private final Screening screening;
    private final AwardDecisions decisions;
    private final AmountConfirmation confirmation;
    private final ApplicationViews applications;
    private final CityClock clock;

    ReviewAdminController(Rankings rankings, ReviewSessions sessions, Screening screening, AwardDecisions decisions,
                          AmountConfirmation confirmation, ApplicationViews applications, CityClock clock) {
        this.rankings = rankings;
        this.sessions = sessions;
        this.screening = screening;
        this.decisions = decisions;
        this.confirmation = confirmation;
        this.applications = applications;
        this.clock = clock;
    }

    private static long me(Authentication auth) {
        return Long.parseLong(auth.getName());
    }

    // ---- window --------------------------------------------------------------------------

    @Get("/windows/{id}")
    HttpResponse<?> window(@PathVariable long id) {
        return rankings.window(id).<HttpResponse<?>>map(w -> windowPage(w, null)).orElse(HttpResponse.notFound());
    }

    private HttpResponse<?> windowPage(WindowView w, FieldErrors errors) {
        Map<String, Object> model = Map.of("w", w, "reviewers", w.candidates(), "now", clock.now());
        return errors == null ? Pages.page("subsidies/admin/window", model)
                : Pages.invalid("subsidies/admin/window", model, errors);
    }

    private HttpResponse<?> windowAct(long id, Runnable action, String anchor) {
        if (rankings.window(id).isEmpty()) {
            return HttpResponse.notFound();
        }
        try {
            action.run();
            return Pages.redirect("/admin/subsidies/windows/" + id + "?saved=1#" + anchor);
        } catch (FormInvalidException e) {
            return windowPage(rankings.window(id).orElseThrow(), e.errors());
        }
    }

    @Post("/windows/{id}/slots")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> slots(@PathVariable long id, @Body SlotsForm form, Authentication auth) {
        return windowAct(id, () -> sessions.slots(me(auth), id, form), "order");
    }

    @Post("/windows/{id}/reviewers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reviewers(@PathVariable long id, @Body ReviewersForm form, Authentication auth) {
        return windowAct(id, () -> sessions.assignReviewers(me(auth), id, form), "reviewers");
    }

    @Post("/windows/{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> release(@PathVariable long id, Authentication auth) {
        return windowAct(id, () -> decisions.release(me(auth), id), "ranking");
    }

    // ---- application ---------------------------------------------------------------------

    @Get("/applications/{id}")
    HttpResponse<?> application(@PathVariable long id, Authentication auth) {
        return applications.staffPage(me(auth), id).<HttpResponse<?>>map(v -> appPage(v, Map.of(), null))
                .orElse(HttpResponse.notFound());
    }

    private HttpResponse<?> appPage(StaffView s, Map<String, Object> forms, FieldErrors errors) {
        var a = s.view().app();
        Map<String, Object> model = new HashMap<>();
        model.put("v", s.view());
        model.put("applicantName", s.applicantName());
        model.put("applicantEmail", s.applicantEmail());
        model.put("remaining", s.remaining());
        model.put("screen", new ScreenForm(null, null));
        model.put("decision", new DecisionForm("adopt",
                String.valueOf(a.awardedAmount() == null ? a.requestedAmount() : a.awardedAmount()), a.decisionReason()));
        model.put("confirm", new ConfirmForm(a.awardedAmount() == null ? null : String.valueOf(a.awardedAmount())));
        model.putAll(forms);
        return errors == null ? Pages.page("subsidies/admin/application", model)
                : Pages.invalid("subsidies/admin/application", model, errors);
    }

    private HttpResponse<?> appAct(long id, Authentication auth, Runnable action, Map<String, Object> form) {
        if (applications.forStaff(id).isEmpty()) {
            return HttpResponse.notFound();
        }
        try {
            action.run();
            return Pages.redirect("/admin/subsidies/applications/" + id + "?saved=1");
        } catch (FormInvalidException e) {
            return appPage(applications.staffPage(me(auth), id).orElseThrow(), form, e.errors());
        }
    }

    @Post("/applications/{id}/screen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> screen(@PathVariable long id, @Body ScreenForm form, Authentication auth) {
        return appAct(id, auth, () -> screening.screen(me(auth), id, form), Map.of("screen", form));
    }

    @Post("/applications/{id}/decide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decide(@PathVariable long id, @Body DecisionForm form, Authentication auth) {
        return appAct(id, auth, () -> decisions.decide(me(auth), id, form), Map.of("decision", form));
    }

    @Post("/applications/{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(@PathVariable long id, @Body ConfirmForm form, Authentication auth) {
        return appAct(id, auth, () -> confirmation.confirm(me(auth), id, form), Map.of("confirm", form));
    }

    @Get("/applications/{id}/notice")
    HttpResponse<?> notice(@PathVariable long id) {
        return applications.forStaff(id).filter(AppView::resultVisible)
                .<HttpResponse<?>>map(v -> Pages.page("subsidies/notice", Map.of("v", v)))
                .orElse(HttpResponse.notFound());
    }
}
