package kyodo.points.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A request to exchange a year's points (vouchers or cash) or to donate them to a group; staff approve it. */
@MappedEntity("pts_exchange_request")
public record ExchangeRequest(@Id @GeneratedValue Long id, long volunteerId, int fiscalYear, String kind, int points,
                              long yen, @Nullable Long groupId, String status, LocalDateTime requestedAt,
                              @Nullable Long decidedBy, @Nullable LocalDateTime decidedAt, @Nullable String decisionNote,
                              @Nullable Long transferId) {

    public enum Kind { VOUCHER, CASH, DONATION }

    public enum Status { REQUESTED, APPROVED, REJECTED, WITHDRAWN }

    public String kindKey() {
        return "pts.exchange.kind." + kind;
    }

    public String statusKey() {
        return "pts.exchange.status." + status;
    }
}
