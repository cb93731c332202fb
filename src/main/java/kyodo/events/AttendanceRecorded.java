package kyodo.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * Published when staff mark a participant present at one session (delivered after commit).
 * {@code minutes} is the session's length, for activity points; {@code revision} numbers the
 * changes of this person's mark at this session, so a listener can key what it writes on
 * (sessionId, accountId, revision).
 */
@Serdeable
public record AttendanceRecorded(long eventId, long sessionId, long accountId, LocalDate date, int minutes, int revision) {
}
