package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/** 予算の執行状況: the program's budget against what has been requested, awarded, withdrawn and confirmed. */
@Singleton
public class Ledger {

    /**
     * What is held against the budget now: the award while the project runs, the confirmed
     * amount once confirmed; nothing for withdrawn or not adopted applications.
     */
    static final String COMMITTED_SQL = """
            SELECT COALESCE(SUM(CASE WHEN status IN ('ADOPTED', 'REPORTED') THEN awarded_amount
                                     WHEN status = 'CONFIRMED' THEN confirmed_amount ELSE 0 END), 0)
            FROM sub_application WHERE program_id = ?""";

    public record Totals(long budget, long requested, long awarded, long withdrawn, long confirmed,
                         long reducedAtConfirmation, long committed) {
        public long netAwarded() {
            return awarded - withdrawn;
        }

        public long remaining() {
            return budget - committed;
        }
    }

    public record Row(int windowNumber, String categoryName, long applications, long adopted, long withdrawn,
                      long requested, long awarded) {
    }

    public record Report(Program program, Totals totals, List<Row> rows) {
    }

    private final Sql sql;
    private final SubsidyStore store;

    Ledger(SubsidyStore store) {
        this.store = store;
        this.sql = store.sql;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Report> report(long programId) {
        return store.program(programId).map(p -> new Report(p, totals(p), rows(programId)));
    }

    Totals totals(Program p) {
        return sql.one("""
                SELECT COALESCE(SUM(CASE WHEN submitted_at IS NOT NULL THEN requested_amount ELSE 0 END), 0) AS requested,
                       COALESCE(SUM(awarded_amount), 0) AS awarded,
                       COALESCE(SUM(released_amount), 0) AS withdrawn,
                       COALESCE(SUM(confirmed_amount), 0) AS confirmed,
                       COALESCE(SUM(CASE WHEN status = 'CONFIRMED' THEN awarded_amount - confirmed_amount ELSE 0 END), 0) AS reduced
                FROM sub_application WHERE program_id = ?""",
                rs -> new Totals(p.budget(), rs.getLong("requested"), rs.getLong("awarded"), rs.getLong("withdrawn"),
                        rs.getLong("confirmed"), rs.getLong("reduced"), sql.number(COMMITTED_SQL, p.id())), p.id())
                .orElseThrow();
    }

    /** Per window and category; every window and category appears, also those without applications. */
    List<Row> rows(long programId) {
        return sql.list("""
                SELECT w.number, c.name,
                       COUNT(a.id) AS applications,
                       COALESCE(SUM(a.awarded_amount IS NOT NULL), 0) AS adopted,
                       COALESCE(SUM(a.withdrawn_at IS NOT NULL), 0) AS withdrawn,
                       COALESCE(SUM(a.requested_amount), 0) AS requested,
                       COALESCE(SUM(a.awarded_amount), 0) AS awarded
                FROM sub_window w
                CROSS JOIN sub_category c
                LEFT JOIN sub_application a ON a.window_id = w.id AND a.category_id = c.id AND a.submitted_at IS NOT NULL
                WHERE w.program_id = ? AND c.program_id = w.program_id
                GROUP BY w.id, w.number, c.id, c.name
                ORDER BY w.number, c.id""",
                rs -> new Row(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7)), programId);
    }
}
