package kyodo.directory.outreach;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Lecture requests (read with the lecture's title and the group's name) and their history. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface LectureRequestRepository extends CrudRepository<LectureRequestRow, Long> {

    String SELECT = """
            SELECT r.*, l.title AS lecture_title, g.name AS group_name
            FROM dir_lecture_request r JOIN dir_lecture l ON l.id = r.lecture_id JOIN dir_group g ON g.id = r.group_id""";

    @Query(value = SELECT + " WHERE r.id = :id", nativeQuery = true)
    Optional<LectureRequest> request(long id);

    @Query(value = SELECT + " WHERE r.account_id = :accountId ORDER BY r.created_at DESC, r.id DESC", nativeQuery = true)
    List<LectureRequest> ofAccount(long accountId);

    @Query(value = SELECT + " WHERE r.group_id = :groupId ORDER BY r.created_at DESC, r.id DESC", nativeQuery = true)
    List<LectureRequest> ofGroup(long groupId);

    /** The coordinator's list, oldest first; '' = every status. */
    @Query(value = SELECT + " WHERE (:status = '' OR r.status = :status) ORDER BY r.created_at, r.id LIMIT 1000",
            nativeQuery = true)
    List<LectureRequest> list(String status);

    /** Locks the request so two coordinators cannot move it at once. */
    @Query(value = "SELECT status FROM dir_lecture_request WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<String> statusForUpdate(long id);

    @Query(value = """
            UPDATE dir_lecture_request SET status = :status, fixed_date = :fixedDate, fixed_time = :fixedTime,
              updated_at = :now WHERE id = :id""", nativeQuery = true)
    int changeStatus(long id, String status, @Nullable LocalDate fixedDate, @Nullable String fixedTime, LocalDateTime now);

    /** The requester withdraws an open request (0 when it is no longer open, or not theirs). */
    @Query(value = """
            UPDATE dir_lecture_request SET status = 'WITHDRAWN', updated_at = :now
            WHERE id = :id AND account_id = :accountId AND status IN ('RECEIVED', 'ARRANGING')""", nativeQuery = true)
    int withdraw(long id, long accountId, LocalDateTime now);

    @Query(value = "SELECT * FROM dir_lecture_request_log WHERE request_id = :requestId ORDER BY created_at, id",
            nativeQuery = true)
    List<LectureRequestLog> history(long requestId);

    /** The requests for one lecture (for the plan's facts: lectures delivered, participants). */
    @Query(value = SELECT + " WHERE r.lecture_id = :lectureId ORDER BY r.created_at, r.id", nativeQuery = true)
    List<LectureRequest> ofLecture(long lectureId);
}
