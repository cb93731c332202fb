package kyodo.events.internal;

import io.micronaut.core.annotation.Introspected;

@Introspected
public record SeatCount(long eventId, int seats) {
}
