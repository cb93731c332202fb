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
 * route (MAX(id) moves), and about once a minute for changes made outside the app. That last
 * reading is done in the background while requests keep ranking over the copy they have (a
 * million volunteers take seconds to read), so only a write makes a request wait for it.
 */
@Singleton
public class RankingRows {

    private record Copy(long version, long maxId, long readAt, RankingIndex rows) {
    }

    private static final long MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RankingRows.class);

    private final RankingRepository volunteers;
    private final CommitCounter version;
    private volatile Copy copy;
    private final java.util.concurrent.atomic.AtomicBoolean refreshing = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.ExecutorService refresher = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "directory-ranking-refresh");
        t.setDaemon(true);
        return t;
    });

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
        if (current != null && unchanged(current, maxId)) {
            if (old(current)) {
                refreshLater();
            }
            return current.rows();
        }
        synchronized (this) {
            current = copy;
            if (current == null || !unchanged(current, maxId)) {
                current = read(seen, maxId);
                copy = current;
            }
            return current.rows();
        }
    }

    private Copy read(long seen, long maxId) {
        long readAt = System.nanoTime();
        List<RankingRow> rows = volunteers.activeVolunteers();
        return new Copy(seen, maxId, readAt, new RankingIndex(rows));
    }

    /** Reads the copy again in the background (once at a time), for changes made outside the app. */
    private void refreshLater() {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        try {
            refresher.execute(() -> {
                try {
                    synchronized (this) {
                        Copy current = copy;
                        if (current != null && old(current)) {
                            long seen = version.value();
                            copy = read(seen, volunteers.maxId());
                        }
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Could not read the volunteers for the ranking again; the next request will", e);
                } finally {
                    refreshing.set(false);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            refreshing.set(false);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    private boolean unchanged(Copy c, long maxId) {
        return c.version() == version.value() && c.maxId() == maxId;
    }

    private static boolean old(Copy c) {
        return System.nanoTime() - c.readAt() >= MAX_AGE_NANOS;
    }
}
