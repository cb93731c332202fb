package kyodo.points.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;

/** A year end that ran to its end: how many accounts and points it moved. */
@MappedEntity("pts_year_end")
public record YearEnd(@Id int fiscalYear, int accounts, long points, LocalDateTime completedAt) {

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Repository extends CrudRepository<YearEnd, Integer> {

        @Query(value = "INSERT IGNORE INTO pts_year_end (fiscal_year, accounts, points, completed_at) "
                + "VALUES (:fiscalYear, :accounts, :points, :completedAt)", nativeQuery = true)
        int record(int fiscalYear, int accounts, long points, LocalDateTime completedAt);
    }
}
