package kyodo.points.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** One entry of the append-only ledger: points moved from one account to another, once per source key. */
@MappedEntity("pts_transfer")
public record Transfer(@Id @GeneratedValue Long id, long fromAccountId, long toAccountId, int points, String kind,
                       String sourceKey, @Nullable Long reversesId, @Nullable String reason, @Nullable Long createdBy,
                       LocalDateTime createdAt) {

    public enum Kind { AWARD, EXCHANGE, DONATION, EXPIRY, CARRY_OVER, ADJUSTMENT, REVERSAL }
}
