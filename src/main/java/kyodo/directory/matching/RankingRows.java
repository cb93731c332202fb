package kyodo.directory.matching;


import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import kyodo.core.CommitCounter;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The columns the suggestion ranking reads, for every active volunteer, kept in memory. Ranking
 * 100,000 volunteers in SQL is a table scan and a sort on every request (well over a second on a
 * 2-core machine); over this copy (a {@link RankingIndex}) it takes milliseconds, a million too.
 * <p>The copy is read again when a volunteer is written through this app (counted after the
 * commit, so a copy read before the commit is known to be old), when a new row appears by any
 * route (MAX(id) moves), and at least once a minute for changes made outside the app.
 */
@Singleton
public class RankingRows {

    private record Copy(long version, long maxId, long readAt, RankingIndex rows) {
    }

    private static final long MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final RankingRepository volunteers;
    private final CommitCounter version;
    private volatile Copy copy;

    RankingRows(RankingRepository volunteers, TransactionOperations<Connection> transactions) {
        this.volunteers = volunteers;
        this.version = new CommitCounter(transactions);
    }

    /** Call inside the transaction that writes a volunteer. */
    public void changed() {
        version.countAfterCommit();
    }

    RankingIndex activeVolunteers() {
        // Taken before the first read: a commit after this point moves the version past it.
        long seen = version.value();
        long maxId = volunteers.maxId();
        Copy current = copy;
        if (current != null && fresh(current, maxId)) {
            return current.rows();
        }
        synchronized (this) {
            current = copy;
            if (current == null || !fresh(current, maxId)) {
                long readAt = System.nanoTime();
                List<RankingRow> rows = volunteers.activeVolunteers();
                current = new Copy(seen, maxId, readAt, new RankingIndex(rows));
                copy = current;
            }
            return current.rows();
        }
    }

    private boolean fresh(Copy c, long maxId) {
        return c.version() == version.value() && c.maxId() == maxId && System.nanoTime() - c.readAt() < MAX_AGE_NANOS;
    }
}
