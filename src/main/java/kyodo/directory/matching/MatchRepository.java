package kyodo.directory.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Matches, their conditional state changes, and the history the ranking reads. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface MatchRepository extends CrudRepository<Match, Long> {

    @Query(value = "SELECT * FROM dir_match WHERE volunteer_id = :volunteerId ORDER BY proposed_at DESC, id DESC",
            nativeQuery = true)
    List<Match> ofVolunteer(long volunteerId);

    @Query(value = "SELECT * FROM dir_match WHERE post_id = :postId ORDER BY proposed_at, id", nativeQuery = true)
    List<Match> ofPost(long postId);

    /** Per volunteer: matches since {@code since} and in all (proposed, accepted or done), for fairness. */
    @Query(value = """
            SELECT volunteer_id, SUM(proposed_at >= :since) AS recent, COUNT(*) AS ever FROM dir_match
            WHERE status IN ('PROPOSED', 'ACCEPTED', 'DONE') GROUP BY volunteer_id""", nativeQuery = true)
    List<MatchHistory> history(LocalDateTime since);

    @Query(value = "SELECT volunteer_id FROM dir_match WHERE post_id = :postId AND status IN ('PROPOSED', 'ACCEPTED', 'DONE')",
            nativeQuery = true)
    List<Long> askedFor(long postId);

    @Query(value = """
            SELECT COUNT(*) FROM dir_match WHERE post_id = :postId AND volunteer_id = :volunteerId
              AND status IN ('PROPOSED', 'ACCEPTED', 'DONE')""", nativeQuery = true)
    long countOpen(long postId, long volunteerId);

    @Query(value = "UPDATE dir_match SET status = :status, responded_at = :now WHERE id = :id AND status = 'PROPOSED'",
            nativeQuery = true)
    int answer(long id, String status, LocalDateTime now);

    @Query(value = """
            UPDATE dir_match SET status = 'DONE', completed_at = :now, activity_date = :day, minutes = :minutes
            WHERE id = :id AND status = 'ACCEPTED'""", nativeQuery = true)
    int complete(long id, LocalDate day, int minutes, LocalDateTime now);

    /** A done match's date or length corrected: a new revision. */
    @Query(value = """
            UPDATE dir_match SET activity_date = :day, minutes = :minutes, revision = revision + 1
            WHERE id = :id AND status = 'DONE'""", nativeQuery = true)
    int correct(long id, LocalDate day, int minutes);

    /** A match recorded as done by mistake goes back to accepted: a new revision. */
    @Query(value = """
            UPDATE dir_match SET status = 'ACCEPTED', completed_at = NULL, activity_date = NULL, minutes = NULL,
                revision = revision + 1
            WHERE id = :id AND status = 'DONE'""", nativeQuery = true)
    int reopen(long id);

    @Query(value = """
            UPDATE dir_match SET status = 'CANCELLED', cancel_reason = :note
            WHERE id = :id AND status IN ('PROPOSED', 'ACCEPTED')""", nativeQuery = true)
    int cancel(long id, @Nullable String note);

    @Query(value = "UPDATE dir_match SET volunteer_feedback = :note WHERE id = :id", nativeQuery = true)
    int volunteerFeedback(long id, String note);

    @Query(value = "UPDATE dir_match SET requester_feedback = :note WHERE id = :id", nativeQuery = true)
    int requesterFeedback(long id, String note);

    /** Matches done with their activity in a period, for the plan's KPIs. */
    @Query(value = "SELECT COUNT(*) FROM dir_match WHERE status = 'DONE' AND activity_date BETWEEN :from AND :to",
            nativeQuery = true)
    long countDone(LocalDate from, LocalDate to);

    /** Volunteers with at least one match done in a period, for the plan's KPIs. */
    @Query(value = "SELECT COUNT(DISTINCT volunteer_id) FROM dir_match WHERE status = 'DONE' AND activity_date BETWEEN :from AND :to",
            nativeQuery = true)
    long countMatchedVolunteers(LocalDate from, LocalDate to);
}
