package kyodo.events.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface EventRepository extends CrudRepository<Event, Long> {

    List<Event> findByIdIn(java.util.Collection<Long> ids);

    /** Locks the event row: every registration and cancellation of one event runs one after the other. */
    @Query(value = "SELECT * FROM evt_event WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Event> findByIdForUpdate(long id);

    @Query(value = "UPDATE evt_event SET status = :status, status_note = :note, updated_at = :now WHERE id = :id",
            nativeQuery = true)
    int updateStatus(long id, String status, @io.micronaut.core.annotation.Nullable String note, LocalDateTime now);

    /**
     * The public list: visible events ending today or later (or ended recently when {@code from} is earlier),
     * filtered by month, category, online / in person and text.
     */
    @Query(value = """
            SELECT * FROM evt_event e
            WHERE e.status <> 'DRAFT' AND e.last_date >= :from AND e.first_date <= :to
              AND (:category = '' OR e.category = :category)
              AND (:mode = '' OR (:mode = 'online' AND e.online) OR (:mode = 'venue' AND e.venue_name IS NOT NULL AND e.venue_name <> ''))
              AND (:text = '' OR e.title LIKE CONCAT('%', :text, '%') OR e.title_kana LIKE CONCAT('%', :text, '%')
                   OR e.description LIKE CONCAT('%', :text, '%') OR e.lecturer LIKE CONCAT('%', :text, '%')
                   OR e.venue_name LIKE CONCAT('%', :text, '%'))
            ORDER BY e.first_date, e.id
            LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<Event> search(LocalDate from, LocalDate to, String category, String mode, String text, int limit, int offset);

    @Query(value = """
            SELECT COUNT(*) FROM evt_event e
            WHERE e.status <> 'DRAFT' AND e.last_date >= :from AND e.first_date <= :to
              AND (:category = '' OR e.category = :category)
              AND (:mode = '' OR (:mode = 'online' AND e.online) OR (:mode = 'venue' AND e.venue_name IS NOT NULL AND e.venue_name <> ''))
              AND (:text = '' OR e.title LIKE CONCAT('%', :text, '%') OR e.title_kana LIKE CONCAT('%', :text, '%')
                   OR e.description LIKE CONCAT('%', :text, '%') OR e.lecturer LIKE CONCAT('%', :text, '%')
                   OR e.venue_name LIKE CONCAT('%', :text, '%'))""", nativeQuery = true)
    long countSearch(LocalDate from, LocalDate to, String category, String mode, String text);

    @Query(value = "SELECT * FROM evt_event ORDER BY (status = 'DRAFT') DESC, first_date DESC, id DESC LIMIT :limit OFFSET :offset",
            nativeQuery = true)
    List<Event> findForStaff(int limit, int offset);

    @Query(value = "SELECT * FROM evt_event WHERE status <> 'DRAFT' AND last_date >= :from ORDER BY first_date, id",
            nativeQuery = true)
    List<Event> findVisibleSince(LocalDate from);

    /** The month calendar: every session of a visible (not draft) event between two days, in the order of the day. */
    @Query(value = """
            SELECT e.id AS event_id, e.title, e.status, s.day, s.start_time, s.end_time,
                   e.registration_opens_at, e.registration_closes_at, e.capacity,
                   (SELECT COALESCE(SUM(1 + r.companions), 0) FROM evt_registration r
                     WHERE r.event_id = e.id AND r.status = 'CONFIRMED') AS seats_taken
            FROM evt_session s JOIN evt_event e ON e.id = s.event_id
            WHERE e.status <> 'DRAFT' AND s.day BETWEEN :from AND :to
            ORDER BY s.day, s.start_time, e.id""", nativeQuery = true)
    List<CalendarEntry> findCalendarEntries(LocalDate from, LocalDate to);
}
