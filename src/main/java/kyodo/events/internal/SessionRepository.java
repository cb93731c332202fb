package kyodo.events.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SessionRepository extends CrudRepository<EventSession, Long> {

    List<EventSession> findByEventIdOrderBySeq(long eventId);

    List<EventSession> findByEventIdInOrderBySeq(Collection<Long> eventIds);

    @Query(value = "SELECT COUNT(*) FROM evt_attendance WHERE session_id = :sessionId", nativeQuery = true)
    long countAttendance(long sessionId);

    /** Marks one person present or absent; returns the previous value (null when not yet recorded). */
    @Query(value = "SELECT attended FROM evt_attendance WHERE session_id = :sessionId AND account_id = :accountId",
            nativeQuery = true)
    List<Boolean> findAttended(long sessionId, long accountId);

    /** A changed mark counts up its revision (assignments run left to right: revision reads the old mark). */
    @Query(value = """
            INSERT INTO evt_attendance (session_id, account_id, attended, recorded_by, recorded_at, revision)
            VALUES (:sessionId, :accountId, :attended, :recordedBy, :now, 1)
            ON DUPLICATE KEY UPDATE revision = IF(attended <> VALUES(attended), revision + 1, revision),
              attended = VALUES(attended), recorded_by = VALUES(recorded_by), recorded_at = VALUES(recorded_at)""",
            nativeQuery = true)
    int upsertAttendance(long sessionId, long accountId, boolean attended, long recordedBy, LocalDateTime now);

    @Query(value = "SELECT session_id, account_id, attended, revision FROM evt_attendance WHERE session_id = :sessionId", nativeQuery = true)
    List<AttendanceMark> findMarks(long sessionId);

    @Query(value = """
            SELECT a.session_id, a.account_id, a.attended, a.revision FROM evt_attendance a JOIN evt_session s ON s.id = a.session_id
            WHERE s.event_id = :eventId""", nativeQuery = true)
    List<AttendanceMark> findMarksOfEvent(long eventId);

    @Query(value = """
            SELECT a.account_id FROM evt_attendance a JOIN evt_session s ON s.id = a.session_id
            WHERE s.event_id = :eventId AND a.attended
            GROUP BY a.account_id HAVING COUNT(*) >= :minimum""", nativeQuery = true)
    List<Long> findAccountsAttendingAtLeast(long eventId, int minimum);

    @Query(value = "SELECT account_id FROM evt_completion WHERE event_id = :eventId", nativeQuery = true)
    List<Long> findCompleted(long eventId);

    @Query(value = "INSERT IGNORE INTO evt_completion (event_id, account_id, completed_on) VALUES (:eventId, :accountId, :day)",
            nativeQuery = true)
    int insertCompletion(long eventId, long accountId, java.time.LocalDate day);

    @Query(value = "DELETE FROM evt_completion WHERE event_id = :eventId AND account_id = :accountId", nativeQuery = true)
    int deleteCompletion(long eventId, long accountId);

    @Query(value = """
            SELECT DISTINCT s.event_id FROM evt_attendance a JOIN evt_session s ON s.id = a.session_id
            WHERE a.account_id = :accountId AND a.attended ORDER BY s.event_id""", nativeQuery = true)
    List<Long> findAttendedEventIds(long accountId);
}
