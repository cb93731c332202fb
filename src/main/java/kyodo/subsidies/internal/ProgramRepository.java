package kyodo.subsidies.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProgramRepository extends CrudRepository<Program, Long> {

    @Query(value = "SELECT * FROM sub_program ORDER BY fiscal_year DESC, id DESC", nativeQuery = true)
    List<Program> findNewestFirst();

    /**
     * Locks the program row: every award, withdrawal, confirmation and budget change of one program
     * runs one after the other, so the sum held against the budget is read after the last one committed.
     */
    @Query(value = "SELECT * FROM sub_program WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Program> findByIdForUpdate(long id);
}
