package kyodo.core.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEntryRepository extends CrudRepository<AuditEntry, Long> {

    @Query(value = """
            SELECT * FROM core_audit_log
            WHERE (:action = '' OR action = :action)
              AND (:text = '' OR actor_label LIKE CONCAT('%', :text, '%') OR detail LIKE CONCAT('%', :text, '%')
                   OR target_id = :text)
            ORDER BY id DESC LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<AuditEntry> search(String action, String text, int limit, int offset);

    @Query(value = """
            SELECT COUNT(*) FROM core_audit_log
            WHERE (:action = '' OR action = :action)
              AND (:text = '' OR actor_label LIKE CONCAT('%', :text, '%') OR detail LIKE CONCAT('%', :text, '%')
                   OR target_id = :text)""", nativeQuery = true)
    long countSearch(String action, String text);

    @Query("SELECT DISTINCT action FROM core_audit_log ORDER BY action")
    List<String> findActions();
}
