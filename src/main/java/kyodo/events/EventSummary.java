package kyodo.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.time.LocalTime;

/** An event as other modules and the home page see it. */
@Serdeable
public record EventSummary(long id, String title, EventCategory category, EventStatus status,
                           @Nullable LocalDate firstDate, @Nullable LocalTime startTime, int sessionCount,
                           @Nullable String venueName, boolean online, int capacity, int seatsLeft,
                           EventAvailability availability) {

    public boolean full() {
        return seatsLeft <= 0;
    }
}
