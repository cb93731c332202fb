package kyodo.events.internal;

import io.micronaut.core.annotation.Introspected;
import kyodo.events.EventStatus;

import java.time.LocalDate;
import java.time.LocalTime;

/** One session of a visible event on a day of the month calendar. */
@Introspected
public record CalendarEntry(long eventId, String title, String status, LocalDate day, LocalTime startTime,
                            LocalTime endTime) {

    public EventStatus statusValue() {
        return EventStatus.valueOf(status);
    }

    /** Postponed and cancelled events stay on the calendar, marked. */
    public boolean marked() {
        return statusValue() != EventStatus.PUBLISHED;
    }
}
