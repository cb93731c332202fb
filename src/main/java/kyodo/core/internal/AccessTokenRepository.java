package kyodo.core.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccessTokenRepository extends CrudRepository<AccessToken, Long> {

    Optional<AccessToken> findByTokenHash(String tokenHash);

    @Query("SELECT * FROM core_access_token WHERE account_id = :accountId ORDER BY revoked_at IS NOT NULL, created_at DESC, id DESC")
    List<AccessToken> findOfAccount(long accountId);

    @Query("UPDATE core_access_token SET revoked_at = :now WHERE id = :id AND account_id = :accountId AND revoked_at IS NULL")
    int revoke(long id, long accountId, LocalDateTime now);

    /** At most one write a minute per token: the last use is shown to the minute. */
    @Query("""
            UPDATE core_access_token SET last_used_at = :now
            WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :minuteAgo)""")
    int touch(long id, LocalDateTime now, LocalDateTime minuteAgo);
}
