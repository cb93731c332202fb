package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** 予算の執行状況: the program's budget against what has been requested, awarded, withdrawn and confirmed. */
@Singleton
public class Ledger {

    public record Totals(long budget, long requested, long awarded, long withdrawn, long confirmed,
                         long reducedAtConfirmation, long committed) {
        public long netAwarded() {
            return awarded - withdrawn;
        }

        public long remaining() {
            return budget - committed;
        }
    }

    public record Report(Program program, Totals totals, List<LedgerRow> rows) {
    }

    private final ProgramRepository programs;
    private final LedgerRepository ledger;

    Ledger(ProgramRepository programs, LedgerRepository ledger) {
        this.programs = programs;
        this.ledger = ledger;
    }

    @Transactional(readOnly = true)
    public Optional<Report> report(long programId) {
        return programs.findById(programId).map(p -> {
            LedgerSums s = ledger.sums(programId);
            return new Report(p, new Totals(p.budget(), s.requested(), s.awarded(), s.withdrawn(), s.confirmed(),
                    s.reduced(), s.committed()), ledger.rows(programId));
        });
    }
}
