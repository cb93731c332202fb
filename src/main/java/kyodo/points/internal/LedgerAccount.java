package kyodo.points.internal;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An account of the points ledger; {@code balance} follows the transfers, kept under the row lock. */
@MappedEntity("pts_account")
public record LedgerAccount(@Id @GeneratedValue Long id, String kind, long ownerId, int fiscalYear, long balance) {

    /**
     * ISSUER gives points (its balance runs negative: what it has issued); a VOLUNTEER account holds one
     * person's points of one fiscal year; EXCHANGE, DONATION (one per group) and EXPIRED receive them.
     */
    public enum Kind { ISSUER, VOLUNTEER, EXCHANGE, DONATION, EXPIRED }
}
