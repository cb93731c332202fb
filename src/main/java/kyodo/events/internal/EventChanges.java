package kyodo.events.internal;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that moves whenever an event or its registrations change, so that what was built
 * from the earlier state (the cached public list) is known to be stale. It moves after the
 * commit: a page built from data read before the commit then carries the earlier number.
 */
@Singleton
public class EventChanges {

    private final AtomicLong version = new AtomicLong();
    private final TransactionOperations<Connection> transactions;

    EventChanges(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public long version() {
        return version.get();
    }

    /** Call inside the transaction that makes the change. */
    void changed() {
        transactions.findTransactionStatus().ifPresentOrElse(status -> status.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        version.incrementAndGet();
                    }
                }), version::incrementAndGet);
    }
}
