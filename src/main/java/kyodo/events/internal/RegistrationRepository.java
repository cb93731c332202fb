package kyodo.events.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RegistrationRepository extends CrudRepository<Registration, Long> {

    Optional<Registration> findByEventIdAndAccountId(long eventId, long accountId);

    @Query(value = "SELECT COALESCE(SUM(1 + companions), 0) FROM evt_registration WHERE event_id = :eventId AND status = 'CONFIRMED'",
            nativeQuery = true)
    int seatsTaken(long eventId);

    @Query(value = "SELECT COUNT(*) FROM evt_registration WHERE event_id = :eventId AND status = 'WAITLISTED'", nativeQuery = true)
    int waitlistLength(long eventId);

    /** What registrations decide on, in one round trip: seats confirmed and people waiting. */
    @Query(value = """
            SELECT (SELECT COALESCE(SUM(1 + companions), 0) FROM evt_registration
                     WHERE event_id = :eventId AND status = 'CONFIRMED') AS taken,
                   (SELECT COUNT(*) FROM evt_registration WHERE event_id = :eventId AND status = 'WAITLISTED') AS waiting""",
            nativeQuery = true)
    SeatState seatState(long eventId);

    @Query(value = "SELECT * FROM evt_registration WHERE event_id = :eventId AND account_id IN (:accountIds)", nativeQuery = true)
    List<Registration> findOfAccounts(long eventId, Collection<Long> accountIds);

    /** The waitlist in the order people queued. */
    @Query(value = "SELECT * FROM evt_registration WHERE event_id = :eventId AND status = 'WAITLISTED' ORDER BY queue_position",
            nativeQuery = true)
    List<Registration> findWaitlist(long eventId);

    @Query(value = "SELECT * FROM evt_registration WHERE event_id = :eventId AND status = 'CONFIRMED' ORDER BY confirmed_at, id",
            nativeQuery = true)
    List<Registration> findConfirmed(long eventId);

    @Query(value = "SELECT * FROM evt_registration WHERE event_id = :eventId AND status IN ('CONFIRMED', 'WAITLISTED') ORDER BY id",
            nativeQuery = true)
    List<Registration> findActive(long eventId);

    @Query(value = "SELECT * FROM evt_registration WHERE event_id = :eventId ORDER BY FIELD(status, 'CONFIRMED', 'WAITLISTED', 'CANCELLED'), queue_position",
            nativeQuery = true)
    List<Registration> findAllOfEvent(long eventId);

    /** The last position given in the event's queue; read under the event's row lock. */
    @Query(value = "SELECT COALESCE(MAX(queue_position), 0) FROM evt_registration WHERE event_id = :eventId", nativeQuery = true)
    long lastQueuePosition(long eventId);

    /** 1 for the head of the waitlist. */
    @Query(value = """
            SELECT COUNT(*) + 1 FROM evt_registration w, evt_registration me
            WHERE me.id = :registrationId AND w.event_id = me.event_id AND w.status = 'WAITLISTED'
              AND w.queue_position < me.queue_position""", nativeQuery = true)
    int waitlistPosition(long registrationId);

    @Query(value = "SELECT * FROM evt_registration WHERE account_id = :accountId ORDER BY id DESC", nativeQuery = true)
    List<Registration> findByAccount(long accountId);

    @Query(value = "SELECT event_id, COALESCE(SUM(1 + companions), 0) AS seats FROM evt_registration WHERE event_id IN (:eventIds) AND status = 'CONFIRMED' GROUP BY event_id",
            nativeQuery = true)
    List<SeatCount> seatsTakenOf(Collection<Long> eventIds);

    @Query(value = "UPDATE evt_registration SET status = 'CONFIRMED', confirmed_at = :now WHERE id = :id AND status = 'WAITLISTED'",
            nativeQuery = true)
    int confirm(long id, java.time.LocalDateTime now);

    @Query(value = "UPDATE evt_registration SET status = 'CANCELLED', cancelled_at = :now WHERE id = :id AND status IN ('CONFIRMED', 'WAITLISTED')",
            nativeQuery = true)
    int cancel(long id, java.time.LocalDateTime now);
}
