package kyodo.subsidies.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ScoreRepository extends CrudRepository<Score, Score.Key> {

    @Query(value = "SELECT * FROM sub_score WHERE application_id = :applicationId AND reviewer_id = :reviewerId",
            nativeQuery = true)
    List<Score> findOf(long applicationId, long reviewerId);

    /** The scores that count: of reviewers who saved their scoring and are not recused. */
    @Query(value = """
            SELECT s.* FROM sub_score s JOIN sub_review r
              ON r.application_id = s.application_id AND r.reviewer_id = s.reviewer_id
            WHERE s.application_id = :applicationId AND r.recused = FALSE AND r.scored_at IS NOT NULL""",
            nativeQuery = true)
    List<Score> findCounted(long applicationId);

    @Query(value = "DELETE FROM sub_score WHERE application_id = :applicationId AND reviewer_id = :reviewerId",
            nativeQuery = true)
    int deleteOf(long applicationId, long reviewerId);
}
