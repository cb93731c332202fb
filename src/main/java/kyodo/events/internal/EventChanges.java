package kyodo.events.internal;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import kyodo.core.CommitCounter;

import java.sql.Connection;

/**
 * Moves whenever an event or its registrations change (after the commit), so that what was
 * built from the earlier state (the cached public list) is known to be stale.
 */
@Singleton
public class EventChanges {

    private final CommitCounter counter;

    EventChanges(TransactionOperations<Connection> transactions) {
        this.counter = new CommitCounter(transactions);
    }

    public long version() {
        return counter.value();
    }

    /** Call inside the transaction that makes the change. */
    void changed() {
        counter.countAfterCommit();
    }
}
