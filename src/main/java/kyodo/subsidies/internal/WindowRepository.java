package kyodo.subsidies.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface WindowRepository extends CrudRepository<Window, Long> {

    List<Window> findByProgramIdOrderByNumber(long programId);

    boolean existsByProgramIdAndNumber(long programId, int number);

    /** Locks the window: its results are released once, after every decision of it. */
    @Query(value = "SELECT * FROM sub_window WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Window> findByIdForUpdate(long id);

    @Query(value = "UPDATE sub_window SET results_released_at = :now WHERE id = :id AND results_released_at IS NULL",
            nativeQuery = true)
    int release(long id, LocalDateTime now);

    /** Windows still to close (open now or to come), soonest closing first. */
    @Query(value = """
            SELECT p.id AS program_id, p.name AS program_name, w.number AS window_number, w.opens_at, w.closes_at
            FROM sub_window w JOIN sub_program p ON p.id = w.program_id
            WHERE w.closes_at >= :now
            ORDER BY w.closes_at, p.id""", nativeQuery = true)
    List<CallRow> findOpenCalls(LocalDateTime now);

    /** The programs with a window that has not closed yet. */
    @Query(value = "SELECT DISTINCT program_id FROM sub_window WHERE closes_at >= :now", nativeQuery = true)
    List<Long> findProgramsWithOpenWindows(LocalDateTime now);
}
