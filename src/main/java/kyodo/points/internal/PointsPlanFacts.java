package kyodo.points.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.Choice;
import kyodo.core.FiscalYear;
import kyodo.core.PlanFacts;

import java.util.Collection;
import java.util.List;

/**
 * The points scheme for the promotion plan (e.g. 2-(2)-② 地域活動ポイントの検討): staff tag the scheme of a
 * fiscal year (its rules, named by the year) with the item; the item's page for that year shows the
 * points issued and how many people earned them. The texts are the plan bundle's.
 */
@Singleton
class PointsPlanFacts implements PlanFacts {

    private final RuleSetRepository rules;
    private final ReportFigures.Repository figures;

    PointsPlanFacts(RuleSetRepository rules, ReportFigures.Repository figures) {
        this.rules = rules;
        this.figures = figures;
    }

    @Override
    public String kind() {
        return "pointsYear";
    }

    @Override
    public String kindLabelKey() {
        return "pln.kind.pointsYear";
    }

    @Override
    @Transactional
    public List<Choice> taggable(FiscalYear year) {
        return rules.findAllOrderByFiscalYearDesc().stream()
                .map(r -> Choice.named(Integer.toString(r.fiscalYear()), new FiscalYear(r.fiscalYear()).label())).toList();
    }

    @Override
    @Transactional
    public String name(long id) {
        return id > 1999 && id < 2101 && rules.findById((int) id).isPresent() ? new FiscalYear((int) id).label() : "";
    }

    @Override
    @Transactional
    public List<Fact> facts(Collection<Long> ids, FiscalYear year) {
        if (!ids.contains((long) year.startYear())) {
            return List.of();
        }
        long issued = figures.bySource(year.startYear()).stream().mapToLong(ReportFigures.BySource::points).sum();
        return List.of(new Fact("pln.fact.pointsIssued", issued, "pln.unit.points"),
                new Fact("pln.fact.pointsVolunteers", figures.activeVolunteers(year.startYear()), "pln.unit.people"));
    }
}
