package kyodo.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * Published when a mark of present is corrected to absent: whatever was given for the attendance
 * (points) is to be taken back. {@code revision} numbers this change (see {@link AttendanceRecorded}).
 */
@Serdeable
public record AttendanceWithdrawn(long eventId, long sessionId, long accountId, LocalDate date, int revision) {
}
