package kyodo.events.internal;

import io.micronaut.core.annotation.Introspected;

@Introspected
public record AttendanceMark(long sessionId, long accountId, boolean attended, int revision) {
}
