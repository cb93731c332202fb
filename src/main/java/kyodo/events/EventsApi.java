package kyodo.events;

import java.util.List;
import java.util.Optional;

/** The events module's public API for other modules. */
public interface EventsApi {

    /** Published events whose last session is today or later, soonest first. */
    List<EventSummary> upcoming(int limit);

    /** A published, postponed or cancelled event (never a draft). */
    Optional<EventSummary> find(long eventId);

    /** Ids of the events a person attended at least once, e.g. for a supporter's record. */
    List<Long> attendedEventIds(long accountId);
}
