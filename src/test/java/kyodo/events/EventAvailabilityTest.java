package kyodo.events;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventAvailabilityTest {

    static final LocalDateTime OPENS = LocalDateTime.of(2026, 12, 1, 9, 0);
    static final LocalDateTime CLOSES = LocalDateTime.of(2026, 12, 20, 17, 0);

    static EventAvailability at(EventStatus status, boolean full, LocalDateTime now) {
        return EventAvailability.of(status, OPENS, CLOSES, full, now);
    }

    @Test
    void bothEndsOfTheWindowBelongToIt() {
        assertEquals(EventAvailability.NOT_YET_OPEN, at(EventStatus.PUBLISHED, false, OPENS.minusNanos(1)));
        assertEquals(EventAvailability.OPEN, at(EventStatus.PUBLISHED, false, OPENS));
        assertEquals(EventAvailability.OPEN, at(EventStatus.PUBLISHED, false, CLOSES));
        assertEquals(EventAvailability.CLOSED, at(EventStatus.PUBLISHED, false, CLOSES.plusNanos(1000)));
    }

    @Test
    void fullOnlyWhileOpenAndCancelledOrPostponedWhatever() {
        assertEquals(EventAvailability.FULL, at(EventStatus.PUBLISHED, true, OPENS));
        assertEquals(EventAvailability.CLOSED, at(EventStatus.PUBLISHED, true, CLOSES.plusMinutes(1)));
        assertEquals(EventAvailability.NOT_YET_OPEN, at(EventStatus.PUBLISHED, true, OPENS.minusMinutes(1)));
        assertEquals(EventAvailability.CANCELLED, at(EventStatus.CANCELLED, false, OPENS));
        assertEquals(EventAvailability.POSTPONED, at(EventStatus.POSTPONED, true, CLOSES.plusDays(1)));
        assertEquals(EventAvailability.DRAFT, at(EventStatus.DRAFT, false, OPENS));
        assertEquals("evt.availability.FULL", EventAvailability.FULL.labelKey());
    }
}
