package kyodo.plan.admin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Choice;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.plan.internal.ActualForm;
import kyodo.plan.internal.Kpi;
import kyodo.plan.internal.KpiForm;
import kyodo.plan.internal.Kpis;
import kyodo.plan.internal.Plan;
import kyodo.plan.internal.Plans;

import java.util.HashMap;
import java.util.Map;

/** Plan staff: KPI definitions (数値目標) and their yearly actuals. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/plan")
@Secured(SecurityRule.IS_AUTHENTICATED)
class KpiAdminController {

    private final Plans plans;
    private final Kpis kpis;

    KpiAdminController(Plans plans, Kpis kpis) {
        this.plans = plans;
        this.kpis = kpis;
    }

    @Get("/{planId:[0-9]+}/kpis")
    HttpResponse<?> list(long planId) {
        Plan plan = plans.require(planId);
        return Pages.page("plan/admin/kpis", model(plan, null, new KpiForm(null, null, null, null, null, null, null, null, null)));
    }

    private Map<String, Object> model(Plan plan, Kpi kpi, KpiForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("kpi", kpi);
        model.put("views", kpis.views(plan.id()));
        model.put("view", kpi == null ? null : kpis.view(kpi));
        model.put("form", form);
        model.put("sources", kpis.indicators().stream().map(i -> Choice.keyed(i.code(), i.labelKey())).toList());
        model.put("actual", new ActualForm(null, null));
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/{planId:[0-9]+}/kpis")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(long planId, @Body KpiForm form, Authentication auth) {
        Plan plan = plans.require(planId);
        try {
            return Pages.redirect("/admin/plan/kpis/" + kpis.save(planId, null, form, Viewer.of(auth).accountId()));
        } catch (FormInvalidException e) {
            return Pages.invalid("plan/admin/kpis", model(plan, null, form), e.errors());
        }
    }

    @Get("/kpis/{kpiId:[0-9]+}")
    HttpResponse<?> edit(long kpiId) {
        Kpi kpi = kpis.find(kpiId).orElseThrow(Plans::notFound);
        return Pages.page("plan/admin/kpi", model(plans.require(kpi.planId()), kpi, KpiForm.of(kpi)));
    }

    @Post("/kpis/{kpiId:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(long kpiId, @Body KpiForm form, Authentication auth) {
        Kpi kpi = kpis.find(kpiId).orElseThrow(Plans::notFound);
        Plan plan = plans.require(kpi.planId());
        try {
            kpis.save(plan.id(), kpiId, form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/plan/kpis/" + kpiId);
        } catch (FormInvalidException e) {
            return Pages.invalid("plan/admin/kpi", model(plan, kpi, form), e.errors());
        }
    }

    @Post("/kpis/{kpiId:[0-9]+}/actuals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> actual(long kpiId, @Body ActualForm form, Authentication auth) {
        Kpi kpi = kpis.find(kpiId).orElseThrow(Plans::notFound);
        Plan plan = plans.require(kpi.planId());
        try {
            kpis.putActual(kpiId, form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/plan/kpis/" + kpiId);
        } catch (FormInvalidException e) {
            Map<String, Object> model = model(plan, kpi, KpiForm.of(kpi));
            model.put("actual", form);
            return Pages.invalid("plan/admin/kpi", model, e.errors());
        }
    }
}
