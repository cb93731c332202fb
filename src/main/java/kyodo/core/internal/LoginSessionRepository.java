package kyodo.core.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LoginSessionRepository extends CrudRepository<LoginSession, String> {

    @Query("UPDATE core_session SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    int updateRevoke(String id, java.time.LocalDateTime now);

    /** Who is behind a live session of an enabled account, with the roles, in one query (it runs per request). */
    @Query(value = """
            SELECT a.id AS account_id, a.display_name,
                   (SELECT GROUP_CONCAT(r.role ORDER BY r.role) FROM core_account_role r WHERE r.account_id = a.id) AS roles
            FROM core_session s JOIN core_account a ON a.id = s.account_id
            WHERE s.id = :sessionId AND s.revoked_at IS NULL AND s.expires_at > :now AND a.enabled""", nativeQuery = true)
    java.util.Optional<SessionAccount> findLive(String sessionId, java.time.LocalDateTime now);

    @Query("UPDATE core_session SET revoked_at = :now WHERE account_id = :accountId AND revoked_at IS NULL")
    int updateRevokeAll(long accountId, java.time.LocalDateTime now);
}

@io.micronaut.core.annotation.Introspected
record SessionAccount(long accountId, String displayName, @io.micronaut.core.annotation.Nullable String roles) {
}
