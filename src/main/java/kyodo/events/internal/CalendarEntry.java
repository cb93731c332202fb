package kyodo.events.internal;

import io.micronaut.core.annotation.Introspected;
import kyodo.events.EventAvailability;
import kyodo.events.EventStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** One session of a visible event on a day of the month calendar, with what its status label needs. */
@Introspected
public record CalendarEntry(long eventId, String title, String status, LocalDate day, LocalTime startTime,
                            LocalTime endTime, LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt,
                            int capacity, int seatsTaken) {

    public EventStatus statusValue() {
        return EventStatus.valueOf(status);
    }

    /** Postponed and cancelled events stay on the calendar, marked. */
    public boolean marked() {
        return statusValue() != EventStatus.PUBLISHED;
    }

    public EventAvailability availability(LocalDateTime now) {
        return EventAvailability.of(statusValue(), registrationOpensAt, registrationClosesAt, seatsTaken >= capacity, now);
    }
}
