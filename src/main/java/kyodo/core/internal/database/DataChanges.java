package kyodo.core.internal.database;

import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that moves after any change to the city's data commits on this instance, whatever the
 * module and whether it came through a repository's save or a conditional UPDATE. Stored copies
 * of public pages are valid only under the number they were made under. A write to a bookkeeping
 * table (rate counters, sessions, the audit log, delivered events) does not move it: none of them is
 * on a public page, and counting them would throw the stored pages away on every API call.
 * Changes made by another instance are not seen here; stored copies also expire after seconds.
 */
@Singleton
public final class DataChanges {

    private final AtomicLong version = new AtomicLong();

    public long version() {
        return version.get();
    }

    void committed() {
        version.incrementAndGet();
    }
}
