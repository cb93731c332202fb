package kyodo.events.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** Seats confirmed, people on the waitlist, and one person's registration (if any) of an event. */
@Introspected
public record SeatState(int taken, int waiting, @Nullable Long registrationId) {
}
