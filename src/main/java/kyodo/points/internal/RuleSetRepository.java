package kyodo.points.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RuleSetRepository extends CrudRepository<RuleSet, Integer> {

    /** The latest year before this one that has rules, to seed a new year from. */
    @Query(value = "SELECT * FROM pts_rule_set WHERE fiscal_year < :year ORDER BY fiscal_year DESC LIMIT 1", nativeQuery = true)
    Optional<RuleSet> findLatestBefore(int year);

    List<RuleSet> findAllOrderByFiscalYearDesc();
}
