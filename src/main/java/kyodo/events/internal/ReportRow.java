package kyodo.events.internal;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;

/** One event's figures in a report. */
@Introspected
public record ReportRow(long eventId, String title, String category, String status, LocalDate firstDate, int sessions,
                        int capacity, int registrations, int waitlisted, int cancellations, int participants,
                        int attendances, int noShows, int completers) {

    public kyodo.events.EventCategory categoryValue() {
        return kyodo.events.EventCategory.parse(category);
    }
}
