package kyodo.core;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that moves when a change commits, for in-memory copies of data (a cached page, a
 * ranking table) to know they were built from an earlier state. It moves after the commit: a
 * copy built from data read before the commit then carries the earlier number, and nothing
 * moves for a change that is rolled back.
 */
public final class CommitCounter {

    private final AtomicLong value = new AtomicLong();
    private final TransactionOperations<Connection> transactions;

    public CommitCounter(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public long value() {
        return value.get();
    }

    /** Call inside the transaction that makes the change (outside one, it counts at once). */
    public void countAfterCommit() {
        transactions.findTransactionStatus().ifPresentOrElse(status -> status.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        value.incrementAndGet();
                    }
                }), value::incrementAndGet);
    }
}
