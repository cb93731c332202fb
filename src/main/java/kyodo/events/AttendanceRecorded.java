package kyodo.events;

import java.time.LocalDate;

/**
 * Published (after commit) when staff mark a participant present at one session.
 * {@code minutes} is the session's length, for activity points.
 */
public record AttendanceRecorded(long eventId, long sessionId, long accountId, LocalDate date, int minutes) {
}
