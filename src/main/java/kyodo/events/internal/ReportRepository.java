package kyodo.events.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;

/**
 * Report figures. participants = people who attended at least one session (参加者数),
 * attendances = present marks summed over sessions (延べ人数), no-shows = confirmed people
 * never marked present once the roster of the event has been taken, completers = people who completed
 * the course (修了者, as many sessions as the course asks).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReportRepository extends GenericRepository<Event, Long> {

    String ROW = """
            SELECT e.id AS event_id, e.title, e.category, e.status, e.first_date,
              (SELECT COUNT(*) FROM evt_session s WHERE s.event_id = e.id) AS sessions,
              e.capacity,
              (SELECT COUNT(*) FROM evt_registration r WHERE r.event_id = e.id AND r.status = 'CONFIRMED') AS registrations,
              (SELECT COUNT(*) FROM evt_registration r WHERE r.event_id = e.id AND r.status = 'WAITLISTED') AS waitlisted,
              (SELECT COUNT(*) FROM evt_registration r WHERE r.event_id = e.id AND r.status = 'CANCELLED') AS cancellations,
              (SELECT COUNT(DISTINCT a.account_id) FROM evt_attendance a JOIN evt_session s ON s.id = a.session_id
                WHERE s.event_id = e.id AND a.attended) AS participants,
              (SELECT COUNT(*) FROM evt_attendance a JOIN evt_session s ON s.id = a.session_id
                WHERE s.event_id = e.id AND a.attended) AS attendances,
              (SELECT COUNT(*) FROM evt_registration r WHERE r.event_id = e.id AND r.status = 'CONFIRMED'
                AND EXISTS (SELECT 1 FROM evt_attendance a JOIN evt_session s ON s.id = a.session_id WHERE s.event_id = e.id)
                AND NOT EXISTS (SELECT 1 FROM evt_attendance a JOIN evt_session s ON s.id = a.session_id
                                WHERE s.event_id = e.id AND a.account_id = r.account_id AND a.attended)) AS no_shows,
              (SELECT COUNT(*) FROM evt_completion c WHERE c.event_id = e.id) AS completers
            FROM evt_event e
            """;

    @Query(value = ROW + " WHERE e.status <> 'DRAFT' AND e.first_date BETWEEN :from AND :to ORDER BY e.first_date, e.id",
            nativeQuery = true)
    List<ReportRow> rows(LocalDate from, LocalDate to);

    @Query(value = ROW + " WHERE e.id = :eventId", nativeQuery = true)
    List<ReportRow> row(long eventId);

    /** Unique people who attended anything in the period (a person at two events counts once). */
    @Query(value = """
            SELECT COUNT(DISTINCT a.account_id) FROM evt_attendance a JOIN evt_session s ON s.id = a.session_id
            JOIN evt_event e ON e.id = s.event_id
            WHERE a.attended AND e.status <> 'DRAFT' AND e.first_date BETWEEN :from AND :to""", nativeQuery = true)
    int uniqueParticipants(LocalDate from, LocalDate to);
}
