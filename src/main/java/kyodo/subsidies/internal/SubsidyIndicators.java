package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.FiscalYear;
import kyodo.core.Indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Figures of a fiscal year's subsidy programs for the plan's KPIs: applications, awards, the sum confirmed. */
@Singleton
class SubsidyIndicators implements Indicators {

    private final ProgramRepository programs;
    private final LedgerRepository ledger;

    SubsidyIndicators(ProgramRepository programs, LedgerRepository ledger) {
        this.programs = programs;
        this.ledger = ledger;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(new Indicator("subsidies.applications", "pln.indicator.sub.applications", "pln.unit.cases", false),
                new Indicator("subsidies.awards", "pln.indicator.sub.awards", "pln.unit.cases", false),
                new Indicator("subsidies.confirmed", "pln.indicator.sub.confirmed", "pln.unit.yen", false));
    }

    @Override
    @Transactional
    public Optional<BigDecimal> value(String code, String parameter, FiscalYear year) {
        List<Program> ofYear = programs.findNewestFirst().stream().filter(p -> p.fiscalYear() == year.startYear()).toList();
        if (ofYear.isEmpty()) {
            return Optional.empty();
        }
        long value = 0;
        for (Program p : ofYear) {
            value += switch (code) {
                case "subsidies.applications" -> ledger.rows(p.id()).stream().mapToLong(LedgerRow::applications).sum();
                case "subsidies.awards" -> ledger.rows(p.id()).stream().mapToLong(LedgerRow::adopted).sum();
                case "subsidies.confirmed" -> ledger.sums(p.id()).confirmed();
                default -> 0;
            };
        }
        return Optional.of(BigDecimal.valueOf(value));
    }
}
