package kyodo.points.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.points.internal.LedgerAccount.Kind;

import java.sql.Connection;

/**
 * The double-entry ledger. Every movement of points is a transfer between two accounts with an
 * idempotency key from its source; entries are only ever added. A volunteer's balance is kept on
 * their account row and changed only under its row lock (see {@link #lockVolunteer}); the balances
 * of the issuer and of the receiving accounts are the sums of their transfers (not kept, so that
 * awards to different people never wait on one row).
 */
@Singleton
class Ledger {

    private final LedgerAccountRepository accounts;
    private final TransferRepository transfers;
    private final CityClock clock;
    private final TransactionOperations<Connection> transactions;

    Ledger(LedgerAccountRepository accounts, TransferRepository transfers, CityClock clock,
           TransactionOperations<Connection> transactions) {
        this.accounts = accounts;
        this.transfers = transfers;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * The account, opened first if it does not exist yet. Opening runs in a transaction of its own,
     * before the caller locks anything here: a locking read that finds no row holds the gap where
     * the row would go, and an insert in the caller's transaction would then wait for itself.
     * Call it before {@link #lockVolunteer} in a transaction that needs a receiving account.
     */
    LedgerAccount account(Kind kind, long ownerId, int fiscalYear) {
        return accounts.findByKindAndOwnerIdAndFiscalYear(kind.name(), ownerId, fiscalYear).orElseGet(() -> {
            open(kind, ownerId, fiscalYear);
            return accounts.findForUpdateOrShared(kind.name(), ownerId, fiscalYear).orElseThrow();
        });
    }

    /** A volunteer's balance of a year, 0 without an account (reading opens nothing). */
    long balance(long volunteerId, int fiscalYear) {
        return accounts.findByKindAndOwnerIdAndFiscalYear(Kind.VOLUNTEER.name(), volunteerId, fiscalYear)
                .map(LedgerAccount::balance).orElse(0L);
    }

    /** The issuer (opened by the schema). */
    LedgerAccount issuer() {
        return accounts.findByKindAndOwnerIdAndFiscalYear(Kind.ISSUER.name(), 0, 0).orElseThrow();
    }

    /** Makes sure a volunteer's account of a year exists, committed, before anything is locked. */
    void ensureVolunteer(long volunteerId, int fiscalYear) {
        if (accounts.findByKindAndOwnerIdAndFiscalYear(Kind.VOLUNTEER.name(), volunteerId, fiscalYear).isEmpty()) {
            open(Kind.VOLUNTEER, volunteerId, fiscalYear);
        }
    }

    /**
     * Locks a volunteer's account of a year (opening it first): call it inside the transaction that
     * moves its points, before any other lock on the ledger's accounts.
     */
    LedgerAccount lockVolunteer(long volunteerId, int fiscalYear) {
        ensureVolunteer(volunteerId, fiscalYear);
        return accounts.findForUpdate(Kind.VOLUNTEER.name(), volunteerId, fiscalYear).orElseThrow();
    }

    private void open(Kind kind, long ownerId, int fiscalYear) {
        transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW),
                status -> accounts.open(kind.name(), ownerId, fiscalYear));
    }

    /**
     * Moves points; the volunteer account of either side must be locked by the caller. A volunteer's
     * balance never goes below zero: such a move is refused.
     */
    Transfer move(LedgerAccount from, LedgerAccount to, int points, Transfer.Kind kind, String sourceKey,
                  Long reversesId, String reason, Long by) {
        if (points <= 0) {
            throw new IllegalArgumentException("A transfer moves at least one point");
        }
        if (Kind.VOLUNTEER.name().equals(from.kind()) && from.balance() < points) {
            throw new IllegalStateException("The balance of account " + from.id() + " is below " + points);
        }
        Transfer saved = transfers.save(new Transfer(null, from.id(), to.id(), points, kind.name(), sourceKey, reversesId,
                reason, by, clock.now()));
        if (Kind.VOLUNTEER.name().equals(from.kind())) {
            accounts.addToBalance(from.id(), -points);
        }
        if (Kind.VOLUNTEER.name().equals(to.kind())) {
            accounts.addToBalance(to.id(), points);
        }
        return saved;
    }
}
