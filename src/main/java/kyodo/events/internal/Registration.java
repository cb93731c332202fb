package kyodo.events.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

@MappedEntity("evt_registration")
public record Registration(@Id @GeneratedValue Long id, long eventId, long accountId, String status,
                           int companions, @Nullable String answers, LocalDateTime queuedAt,
                           @Nullable LocalDateTime confirmedAt, @Nullable LocalDateTime cancelledAt,
                           LocalDateTime createdAt, long queuePosition, String bookingNumber) {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String WAITLISTED = "WAITLISTED";
    public static final String CANCELLED = "CANCELLED";

    public boolean confirmed() {
        return CONFIRMED.equals(status);
    }

    public boolean waitlisted() {
        return WAITLISTED.equals(status);
    }

    public boolean active() {
        return confirmed() || waitlisted();
    }

    /** The person plus their companions. */
    public int seats() {
        return 1 + companions;
    }
}
