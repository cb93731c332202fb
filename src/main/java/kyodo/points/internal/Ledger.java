package kyodo.points.internal;

import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.points.internal.LedgerAccount.Kind;

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

    Ledger(LedgerAccountRepository accounts, TransferRepository transfers, CityClock clock) {
        this.accounts = accounts;
        this.transfers = transfers;
        this.clock = clock;
    }

    /** The account, opened on first use. */
    LedgerAccount account(Kind kind, long ownerId, int fiscalYear) {
        return accounts.findByKindAndOwnerIdAndFiscalYear(kind.name(), ownerId, fiscalYear).orElseGet(() -> {
            accounts.open(kind.name(), ownerId, fiscalYear);
            return accounts.findByKindAndOwnerIdAndFiscalYear(kind.name(), ownerId, fiscalYear).orElseThrow();
        });
    }

    LedgerAccount issuer() {
        return account(Kind.ISSUER, 0, 0);
    }

    /** Locks a volunteer's account of a year (opening it first): call inside the transaction that moves its points. */
    LedgerAccount lockVolunteer(long volunteerId, int fiscalYear) {
        accounts.open(Kind.VOLUNTEER.name(), volunteerId, fiscalYear);
        return accounts.findForUpdate(Kind.VOLUNTEER.name(), volunteerId, fiscalYear).orElseThrow();
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
