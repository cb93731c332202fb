package kyodo.core.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EventPublicationRepository extends CrudRepository<EventPublication, Long> {

    /** Locks an open delivery; another instance delivering it at this moment makes this find nothing. */
    @Query(value = "SELECT * FROM core_event_publication WHERE id = :id AND completed_at IS NULL FOR UPDATE SKIP LOCKED",
            nativeQuery = true)
    Optional<EventPublication> findOpenForUpdate(long id);

    @Query(value = """
            SELECT id FROM core_event_publication WHERE completed_at IS NULL AND next_attempt_at <= :now
            ORDER BY id LIMIT :limit""", nativeQuery = true)
    List<Long> findDue(LocalDateTime now, int limit);

    @Query(value = "UPDATE core_event_publication SET completed_at = :now, attempts = attempts + 1, last_error = NULL WHERE id = :id",
            nativeQuery = true)
    int complete(long id, LocalDateTime now);

    @Query(value = """
            UPDATE core_event_publication SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error
            WHERE id = :id AND completed_at IS NULL""", nativeQuery = true)
    int fail(long id, LocalDateTime next, @Nullable String error);

    @Query(value = "SELECT COUNT(*) FROM core_event_publication WHERE completed_at IS NULL", nativeQuery = true)
    long countOpen();
}
