package kyodo.directory.internal;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import kyodo.core.CommitCounter;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The columns the suggestion ranking reads, for every active volunteer, kept in memory. Ranking
 * 100,000 volunteers in SQL is a table scan and a sort on every request (well over a second on a
 * 2-core machine); over this copy it takes milliseconds.
 * <p>The copy is read again when a volunteer is written through this app (counted after the
 * commit, so a copy read before the commit is known to be old), when a new row appears by any
 * route (MAX(id) moves), and at least once a minute for changes made outside the app.
 */
@Singleton
class RankingRows {

    /** One volunteer as the ranking sees it. */
    record Row(long id, String name, String nameKana, String skills, String qualifications, int fieldMask,
               int availability, String area, String schoolDistrict) {
    }

    private record Copy(long version, long maxId, long readAt, List<Row> rows) {
    }

    private static final long MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Db db;
    private final CommitCounter version;
    private volatile Copy copy;

    RankingRows(Db db, TransactionOperations<Connection> transactions) {
        this.db = db;
        this.version = new CommitCounter(transactions);
    }

    /** Call inside the transaction that writes a volunteer. */
    void changed() {
        version.countAfterCommit();
    }

    List<Row> activeVolunteers() {
        // Taken before the first read: a commit after this point moves the version past it.
        long seen = version.value();
        long maxId = db.one("SELECT COALESCE(MAX(id), 0) FROM dir_volunteer", rs -> rs.getLong(1)).orElse(0L);
        Copy current = copy;
        if (current != null && fresh(current, maxId)) {
            return current.rows();
        }
        synchronized (this) {
            current = copy;
            if (current == null || !fresh(current, maxId)) {
                long readAt = System.nanoTime();
                List<Row> rows = db.list("""
                                SELECT id, name, name_kana, skills, qualifications, field_mask, availability, area,
                                  school_district FROM dir_volunteer WHERE active = TRUE""",
                        rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getString(9)));
                current = new Copy(seen, maxId, readAt, List.copyOf(rows));
                copy = current;
            }
            return current.rows();
        }
    }

    private boolean fresh(Copy c, long maxId) {
        return c.version() == version.value() && c.maxId() == maxId && System.nanoTime() - c.readAt() < MAX_AGE_NANOS;
    }
}
