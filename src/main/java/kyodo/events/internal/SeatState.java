package kyodo.events.internal;

import io.micronaut.core.annotation.Introspected;

/** Seats confirmed and people on the waitlist of an event. */
@Introspected
public record SeatState(int taken, int waiting) {
}
