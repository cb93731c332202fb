package kyodo.core.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxRepository extends CrudRepository<OutboxMessage, Long> {

    /** Locks a batch; another instance skips these rows instead of sending them twice. */
    @Query(value = """
            SELECT * FROM core_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<OutboxMessage> findDueForUpdate(LocalDateTime now, int limit);

    @Query(value = """
            SELECT * FROM core_outbox WHERE (:status = '' OR status = :status)
              AND (:text = '' OR recipient LIKE CONCAT('%', :text, '%') OR subject LIKE CONCAT('%', :text, '%'))
            ORDER BY id DESC LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<OutboxMessage> search(String status, String text, int limit, int offset);

    @Query(value = """
            SELECT COUNT(*) FROM core_outbox WHERE (:status = '' OR status = :status)
              AND (:text = '' OR recipient LIKE CONCAT('%', :text, '%') OR subject LIKE CONCAT('%', :text, '%'))""",
            nativeQuery = true)
    long countSearch(String status, String text);
}
