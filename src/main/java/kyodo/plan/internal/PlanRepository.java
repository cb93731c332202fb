package kyodo.plan.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PlanRepository extends CrudRepository<Plan, Long> {

    @Query(value = "SELECT * FROM pln_plan ORDER BY last_year DESC, id DESC", nativeQuery = true)
    List<Plan> findNewestFirst();

    @Query(value = "SELECT * FROM pln_plan WHERE published ORDER BY last_year DESC, id DESC", nativeQuery = true)
    List<Plan> findPublished();

    /** Locks the plan: imports and item changes of one plan run one after the other (numbers stay unique). */
    @Query(value = "SELECT * FROM pln_plan WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Plan> findByIdForUpdate(long id);

    @Query(value = "SELECT depth, name FROM pln_level WHERE plan_id = :planId ORDER BY depth", nativeQuery = true)
    List<Level> levels(long planId);

    @Query(value = "DELETE FROM pln_level WHERE plan_id = :planId", nativeQuery = true)
    int deleteLevels(long planId);

    @Query(value = "INSERT INTO pln_level (plan_id, depth, name) VALUES (:planId, :depth, :name)", nativeQuery = true)
    int addLevel(long planId, int depth, String name);
}
