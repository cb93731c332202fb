package kyodo.subsidies.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CriterionRepository extends CrudRepository<Criterion, Long> {

    @Query(value = "SELECT * FROM sub_criterion WHERE program_id = :programId ORDER BY sort_order, id", nativeQuery = true)
    List<Criterion> findOfProgram(long programId);

    @Query(value = "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM sub_criterion WHERE program_id = :programId",
            nativeQuery = true)
    int nextSortOrder(long programId);

    @Query(value = "DELETE FROM sub_criterion WHERE id = :id AND program_id = :programId", nativeQuery = true)
    int deleteOfProgram(long id, long programId);

    /** Scores given on the program's rubric: once there is one, the rubric is fixed. */
    @Query(value = """
            SELECT COUNT(*) FROM sub_score s JOIN sub_criterion c ON c.id = s.criterion_id
            WHERE c.program_id = :programId""", nativeQuery = true)
    long countScores(long programId);
}
