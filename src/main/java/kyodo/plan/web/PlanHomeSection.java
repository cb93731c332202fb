package kyodo.plan.web;

import jakarta.inject.Singleton;
import kyodo.core.HomeSection;
import kyodo.plan.internal.Mark;
import kyodo.plan.internal.Plan;
import kyodo.plan.internal.PlanReports;
import kyodo.plan.internal.Plans;

import java.util.List;
import java.util.Locale;

/** 「協働のまちづくり推進計画」 on the home page: the current plan's latest published year in figures. */
@Singleton
class PlanHomeSection implements HomeSection {

    static final Slot PLAN = new Slot("PLAN", 45, "pln.home.heading", "pln.home.empty", false);

    /** The figures the fragment shows. */
    public record Headline(Plan plan, int fiscalYear, long items, long done, long onTrack, long continuing,
                           long kpis, long kpisOnTrack) {
    }

    private final Plans plans;
    private final PlanReports reports;

    PlanHomeSection(Plans plans, PlanReports reports) {
        this.plans = plans;
        this.reports = reports;
    }

    @Override
    public Slot slot() {
        return PLAN;
    }

    @Override
    public String template() {
        return "plan/home";
    }

    @Override
    public Object data(Locale locale) {
        List<Plan> published = plans.published();
        if (published.isEmpty()) {
            return null;
        }
        Plan plan = published.get(0);
        List<Integer> years = plans.publishedYears(plan.id());
        if (years.isEmpty()) {
            return null;
        }
        int year = years.get(years.size() - 1);
        PlanReports.YearReport r = reports.year(plan, year, true);
        return new Headline(plan, year, r.items(), r.count(Mark.DONE), r.count(Mark.ON_TRACK), r.count(Mark.CONTINUING),
                r.kpis().size(), r.kpis().stream().filter(k -> k.status() == kyodo.plan.internal.KpiLine.Status.ON_TRACK).count());
    }
}
