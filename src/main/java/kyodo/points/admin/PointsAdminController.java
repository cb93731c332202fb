package kyodo.points.admin;

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
import kyodo.core.FiscalYear;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.points.internal.RuleForm;
import kyodo.points.internal.RuleService;
import kyodo.points.internal.YearEndJob;

import java.util.HashMap;
import java.util.Map;

/** Staff: the points overview, each fiscal year's rules, and the year end. Who may: PointsPermissions. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/points")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PointsAdminController {

    private final RuleService rules;
    private final YearEndJob yearEnd;
    private final CityClock clock;

    PointsAdminController(RuleService rules, YearEndJob yearEnd, CityClock clock) {
        this.rules = rules;
        this.yearEnd = yearEnd;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> overview(@Nullable @QueryValue String done) {
        FiscalYear last = clock.fiscalYear().previous();
        return Pages.page("points/admin/overview", Map.of("years", rules.all(), "lastYear", last,
                "lastYearClosable", yearEnd.windowClosed(last),
                "done", done == null || !done.matches("[a-zA-Z]{1,20}") ? "" : "pts.done." + done));
    }

    @Get("/rules/{year:[0-9]+}")
    HttpResponse<?> rulesForm(int year) {
        return Pages.page("points/admin/rules", ruleModel(year, RuleForm.of(rules.rulesFor(new FiscalYear(year)))));
    }

    private Map<String, Object> ruleModel(int year, RuleForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("year", new FiscalYear(year));
        model.put("form", form);
        model.put("bases", java.util.List.of(kyodo.core.Choice.keyed("PER_HOUR", "pts.basis.PER_HOUR"),
                kyodo.core.Choice.keyed("PER_ACTIVITY", "pts.basis.PER_ACTIVITY")));
        model.put("roundings", java.util.List.of(kyodo.core.Choice.keyed("FLOOR", "pts.rounding.FLOOR"),
                kyodo.core.Choice.keyed("HALF_UP", "pts.rounding.HALF_UP"), kyodo.core.Choice.keyed("CEILING", "pts.rounding.CEILING")));
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/rules/{year:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveRules(int year, @Body RuleForm form, Authentication auth) {
        try {
            rules.update(year, form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/points?done=rulesSaved");
        } catch (FormInvalidException e) {
            return Pages.invalid("points/admin/rules", ruleModel(year, form), e.errors());
        }
    }

    /** Closes last year: what is left expires or carries over (only once its exchange window has closed). */
    @Post("/year-end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> runYearEnd() {
        FiscalYear last = clock.fiscalYear().previous();
        if (!yearEnd.windowClosed(last)) {
            return Pages.invalid("points/admin/overview", Map.of("years", rules.all(), "lastYear", last,
                    "lastYearClosable", false, "done", ""), FieldErrors.of(FieldErrors.FORM, "pts.error.windowNotClosed"));
        }
        yearEnd.run(last);
        return Pages.redirect("/admin/points?done=yearEnd");
    }
}
