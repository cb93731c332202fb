package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.Choice;
import kyodo.core.FiscalYear;
import kyodo.core.PlanFacts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Subsidy programs for the promotion plan: staff tag a program (令和2年度 市民活動支援補助金) with the items
 * it serves; an item's page for the program's fiscal year shows its budget, windows (募集期), applications,
 * awards, the sum awarded and the sum confirmed (交付確定額). The texts are the plan bundle's.
 */
@Singleton
class SubsidyPlanFacts implements PlanFacts {

    private final ProgramRepository programs;
    private final WindowRepository windows;
    private final LedgerRepository ledger;

    SubsidyPlanFacts(ProgramRepository programs, WindowRepository windows, LedgerRepository ledger) {
        this.programs = programs;
        this.windows = windows;
        this.ledger = ledger;
    }

    @Override
    public String kind() {
        return "subsidyProgram";
    }

    @Override
    public String kindLabelKey() {
        return "pln.kind.subsidyProgram";
    }

    @Override
    @Transactional
    public List<Choice> taggable(FiscalYear year) {
        return programs.findNewestFirst().stream()
                .map(p -> Choice.named(p.id().toString(), p.name() + " (" + p.year().label() + ")")).toList();
    }

    @Override
    @Transactional
    public String name(long id) {
        return programs.findById(id).map(Program::name).orElse("");
    }

    @Override
    @Transactional
    public List<Fact> facts(Collection<Long> ids, FiscalYear year) {
        long budget = 0;
        long windowCount = 0;
        long applications = 0;
        long awards = 0;
        long awarded = 0;
        long confirmed = 0;
        List<Long> ofYear = new ArrayList<>();
        for (Long id : ids) {
            programs.findById(id).filter(p -> p.fiscalYear() == year.startYear()).ifPresent(p -> ofYear.add(p.id()));
        }
        for (Long id : ofYear) {
            Program p = programs.findById(id).orElseThrow();
            budget += p.budget();
            windowCount += windows.findByProgramIdOrderByNumber(id).size();
            List<LedgerRow> rows = ledger.rows(id);
            applications += rows.stream().mapToLong(LedgerRow::applications).sum();
            awards += rows.stream().mapToLong(LedgerRow::adopted).sum();
            LedgerSums sums = ledger.sums(id);
            awarded += sums.awarded();
            confirmed += sums.confirmed();
        }
        if (ofYear.isEmpty()) {
            return List.of();
        }
        return List.of(new Fact("pln.fact.budget", budget, "pln.unit.yen"),
                new Fact("pln.fact.windows", windowCount, "pln.unit.windows"),
                new Fact("pln.fact.applications", applications, "pln.unit.cases"),
                new Fact("pln.fact.awards", awards, "pln.unit.cases"),
                new Fact("pln.fact.awarded", awarded, "pln.unit.yen"),
                new Fact("pln.fact.confirmed", confirmed, "pln.unit.yen"));
    }
}
