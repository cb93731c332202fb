package kyodo.subsidies.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface BudgetLineRepository extends CrudRepository<BudgetLine, Long> {

    /** Income rows first, then expenses, each in the order typed. */
    @Query(value = """
            SELECT * FROM sub_budget_line WHERE application_id = :applicationId AND stage = :stage
            ORDER BY kind DESC, line_no""", nativeQuery = true)
    List<BudgetLine> findOf(long applicationId, String stage);

    @Query(value = "DELETE FROM sub_budget_line WHERE application_id = :applicationId AND stage = :stage",
            nativeQuery = true)
    int deleteOf(long applicationId, String stage);
}
