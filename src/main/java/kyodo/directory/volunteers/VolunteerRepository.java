package kyodo.directory.volunteers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Volunteers and まちづくりサポーター. Filters given as '' (text) or 0 (mask) mean "any". */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface VolunteerRepository extends CrudRepository<Volunteer, Long> {

    Optional<Volunteer> findByAccountId(long accountId);

    String SEARCH = """
            FROM dir_volunteer v
            WHERE v.active = TRUE
              AND (:text = '' OR v.name LIKE :text OR v.name_kana LIKE :text OR v.skills LIKE :text
                   OR v.qualifications LIKE :text)
              AND (:fieldBit = 0 OR (v.field_mask & :fieldBit) <> 0)
              AND (:district = '' OR v.school_district LIKE :district OR v.area LIKE :district)
              AND (NOT :supportersOnly OR EXISTS (SELECT 1 FROM dir_supporter s WHERE s.account_id = v.account_id))""";

    /** The coordinators' search; text and district are LIKE patterns (see Text.like). */
    @Query(value = "SELECT v.* " + SEARCH + " ORDER BY v.name_kana, v.id LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<Volunteer> search(String text, int fieldBit, String district, boolean supportersOnly, int limit, int offset);

    @Query(value = "SELECT COUNT(*) " + SEARCH, nativeQuery = true)
    long countSearch(String text, int fieldBit, String district, boolean supportersOnly);

    @Query(value = "SELECT * FROM dir_volunteer WHERE active = TRUE AND id IN (:ids)", nativeQuery = true)
    List<Volunteer> findActive(Collection<Long> ids);

    @Query(value = "SELECT * FROM dir_volunteer WHERE active = TRUE ORDER BY name_kana, id", nativeQuery = true)
    List<Volunteer> findAllActive();

    /**
     * Erases the personal fields and unlinks the account; the row stays so that past matches
     * (dates, hours) remain as anonymous history.
     */
    @Query(value = """
            UPDATE dir_volunteer SET account_id = NULL, name = :erasedName, name_kana = :erasedKana, email = NULL,
              phone = NULL, postal_code = NULL, address = NULL, skills = NULL, qualifications = NULL, area = NULL, school_district = NULL,
              consent_share = FALSE, active = FALSE, field_mask = 0, availability = 0, deleted_at = :now, updated_at = :now
            WHERE id = :id""", nativeQuery = true)
    int erase(long id, String erasedName, String erasedKana, LocalDateTime now);

    /** Free text about the person in matches goes with the registration; the dates and hours stay. */
    @Query(value = "UPDATE dir_match SET volunteer_feedback = NULL, requester_feedback = NULL WHERE volunteer_id = :id",
            nativeQuery = true)
    int eraseFeedback(long id);

    // ---- まちづくりサポーター (dir_supporter) ----

    /** サポーター who have not (yet) registered as volunteers: course completers, for instance. */
    @Query(value = """
            SELECT s.* FROM dir_supporter s
            WHERE NOT EXISTS (SELECT 1 FROM dir_volunteer v WHERE v.account_id = s.account_id AND v.active)
            ORDER BY s.since DESC, s.account_id LIMIT 500""", nativeQuery = true)
    java.util.List<Supporter> supportersWithoutVolunteer();

    @Query(value = "SELECT * FROM dir_supporter WHERE account_id = :accountId", nativeQuery = true)
    Optional<Supporter> supporter(long accountId);

    /** The first reason given is kept: a second marking changes nothing (0). */
    @Query(value = "INSERT IGNORE INTO dir_supporter (account_id, since, source, set_by) VALUES (:accountId, :since, :source, :setBy)",
            nativeQuery = true)
    int addSupporter(long accountId, LocalDate since, String source, @Nullable Long setBy);

    @Query(value = "DELETE FROM dir_supporter WHERE account_id = :accountId", nativeQuery = true)
    int removeSupporter(long accountId);

    /** Marks a course completion as handled (0 when it was already): what makes the course listener idempotent. */
    @Query(value = """
            INSERT IGNORE INTO dir_supporter_course (event_id, account_id, handled_at)
            VALUES (:eventId, :accountId, :now)""", nativeQuery = true)
    int courseHandled(long eventId, long accountId, LocalDateTime now);

    @Query(value = "DELETE FROM dir_supporter_course WHERE event_id = :eventId AND account_id = :accountId", nativeQuery = true)
    int courseUnhandled(long eventId, long accountId);

    @Query(value = "SELECT COUNT(*) FROM dir_supporter_course WHERE account_id = :accountId", nativeQuery = true)
    long coursesHandled(long accountId);

    /** まちづくりサポーター registered on or before a day (the end of a fiscal year), for the plan's KPIs. */
    @Query(value = "SELECT COUNT(*) FROM dir_supporter WHERE since <= :day", nativeQuery = true)
    long countSupportersUntil(LocalDate day);
}
