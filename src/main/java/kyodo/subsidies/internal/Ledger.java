package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.support.SupportApi;

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

    /** {@code chiiKifu}: how much of the budget came from ちい寄附 (the support module's figure for the program's year). */
    public record Report(Program program, Totals totals, List<LedgerRow> rows, long chiiKifu) {
    }

    private final ProgramRepository programs;
    private final LedgerRepository ledger;
    private final SupportApi support;

    Ledger(ProgramRepository programs, LedgerRepository ledger, SupportApi support) {
        this.programs = programs;
        this.ledger = ledger;
        this.support = support;
    }

    @Transactional(readOnly = true)
    public Optional<Report> report(long programId) {
        return programs.findById(programId).map(p -> {
            LedgerSums s = ledger.sums(programId);
            return new Report(p, new Totals(p.budget(), s.requested(), s.awarded(), s.withdrawn(), s.confirmed(),
                    s.reduced(), s.committed()), ledger.rows(programId), support.chiiKifuFor(p.year()));
        });
    }
}
