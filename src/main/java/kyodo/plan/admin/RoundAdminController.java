package kyodo.plan.admin;

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
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.plan.internal.Plan;
import kyodo.plan.internal.Plans;
import kyodo.plan.internal.ReviewForm;
import kyodo.plan.internal.Reviews;
import kyodo.plan.internal.RoundForm;
import kyodo.plan.internal.Rounds;

import java.util.HashMap;
import java.util.Map;

/** Plan staff: reporting rounds (open, progress 提出済み / 差戻し / 未提出, reminders, close) and the review queue. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/plan")
@Secured(SecurityRule.IS_AUTHENTICATED)
class RoundAdminController {

    private final Plans plans;
    private final Rounds rounds;
    private final Reviews reviews;
    private final CityClock clock;

    RoundAdminController(Plans plans, Rounds rounds, Reviews reviews, CityClock clock) {
        this.plans = plans;
        this.rounds = rounds;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Get("/{planId:[0-9]+}/rounds")
    HttpResponse<?> list(long planId) {
        Plan plan = plans.require(planId);
        int year = plan.yearNear(clock.fiscalYear().startYear());
        return Pages.page("plan/admin/rounds", model(plan, new RoundForm(Integer.toString(year),
                new kyodo.core.FiscalYear(year).lastDay().plusMonths(2).toString())));
    }

    private Map<String, Object> model(Plan plan, RoundForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("rounds", rounds.ofPlan(plan.id()));
        model.put("form", form);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/{planId:[0-9]+}/rounds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> open(long planId, @Body RoundForm form, Authentication auth) {
        Plan plan = plans.require(planId);
        try {
            return Pages.redirect("/admin/plan/rounds/" + rounds.openRound(planId, form, Viewer.of(auth).accountId()));
        } catch (FormInvalidException e) {
            return Pages.invalid("plan/admin/rounds", model(plan, form), e.errors());
        }
    }

    @Get("/rounds/{roundId:[0-9]+}")
    HttpResponse<?> progress(long roundId, @Nullable @QueryValue String done, @Nullable @QueryValue Integer count) {
        return Pages.page("plan/admin/round", Map.of("p", rounds.progress(roundId), "errors", FieldErrors.none(),
                "done", done != null && done.matches("[a-z]{1,20}") ? "pln.done." + done : "",
                "count", count == null ? "0" : count.toString()));
    }

    @Post("/rounds/{roundId:[0-9]+}/remind")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remind(long roundId, Authentication auth) {
        try {
            int count = rounds.remind(roundId, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/plan/rounds/" + roundId + "?done=reminded&count=" + count);
        } catch (FormInvalidException e) {
            return Pages.invalid("plan/admin/round", Map.of("p", rounds.progress(roundId), "done", "", "count", "0"), e.errors());
        }
    }

    @Post("/rounds/{roundId:[0-9]+}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(long roundId, Authentication auth) {
        rounds.find(roundId).orElseThrow(Plans::notFound);
        rounds.close(roundId, Viewer.of(auth).accountId());
        return Pages.redirect("/admin/plan/rounds/" + roundId + "?done=closed");
    }

    @Post("/rounds/{roundId:[0-9]+}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reopen(long roundId, Authentication auth) {
        rounds.find(roundId).orElseThrow(Plans::notFound);
        rounds.reopen(roundId, Viewer.of(auth).accountId());
        return Pages.redirect("/admin/plan/rounds/" + roundId + "?done=reopened");
    }

    @Get("/review")
    HttpResponse<?> queue(@Nullable @QueryValue String done) {
        return Pages.page("plan/admin/review", reviewModel(done));
    }

    private Map<String, Object> reviewModel(String done) {
        Map<String, Object> model = new HashMap<>();
        model.put("queue", reviews.queue());
        model.put("done", done != null && done.matches("[a-z]{1,20}") ? "pln.done." + done : "");
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/review/{itemId:[0-9]+}/{fy:[0-9]+}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> approve(long itemId, int fy, Authentication auth) {
        try {
            reviews.approve(itemId, fy, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/plan/review?done=approved");
        } catch (FormInvalidException e) {
            return Pages.invalid("plan/admin/review", reviewModel(""), e.errors());
        }
    }

    @Post("/review/{itemId:[0-9]+}/{fy:[0-9]+}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> sendBack(long itemId, int fy, @Body ReviewForm form, Authentication auth) {
        try {
            reviews.sendBack(itemId, fy, form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/plan/review?done=returned");
        } catch (FormInvalidException e) {
            Map<String, Object> model = reviewModel("");
            model.put("failedItem", itemId);
            return Pages.invalid("plan/admin/review", model, e.errors());
        }
    }
}
