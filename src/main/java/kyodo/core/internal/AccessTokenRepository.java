package kyodo.core.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccessTokenRepository extends CrudRepository<AccessToken, Long> {

    Optional<AccessToken> findByTokenHash(String tokenHash);

    /**
     * The tokens with these hashes whose account is enabled, each with its account's name, e-mail and roles: all
     * a call needs to be authenticated and audited, for many calls in one query.
     */
    @Query(value = """
            SELECT t.id, t.account_id, t.name, t.token_hash, t.scope, t.created_at, t.expires_at, t.revoked_at,
                   t.last_used_at, a.display_name, a.email,
                   (SELECT GROUP_CONCAT(r.role ORDER BY r.role) FROM core_account_role r WHERE r.account_id = a.id) AS roles
            FROM core_access_token t JOIN core_account a ON a.id = t.account_id
            WHERE t.token_hash IN (:tokenHashes) AND a.enabled""", nativeQuery = true)
    List<TokenCaller> findCallers(Collection<String> tokenHashes);

    @Query("SELECT * FROM core_access_token WHERE account_id = :accountId ORDER BY revoked_at IS NOT NULL, created_at DESC, id DESC")
    List<AccessToken> findOfAccount(long accountId);

    @Query("UPDATE core_access_token SET revoked_at = :now WHERE id = :id AND account_id = :accountId AND revoked_at IS NULL")
    int revoke(long id, long accountId, LocalDateTime now);

    /** At most one write a minute per token: the last use is shown to the minute. */
    @Query(value = """
            UPDATE core_access_token SET last_used_at = :now
            WHERE id IN (:ids) AND (last_used_at IS NULL OR last_used_at < :minuteAgo)""", nativeQuery = true)
    int touchAll(Collection<Long> ids, LocalDateTime now, LocalDateTime minuteAgo);
}

/** A token row with what its account gives a call: the name and e-mail (for the audit log) and the roles. */
@io.micronaut.core.annotation.Introspected
record TokenCaller(long id, long accountId, String name, String tokenHash, String scope, LocalDateTime createdAt,
                   LocalDateTime expiresAt, @io.micronaut.core.annotation.Nullable LocalDateTime revokedAt,
                   @io.micronaut.core.annotation.Nullable LocalDateTime lastUsedAt, String displayName, String email,
                   @io.micronaut.core.annotation.Nullable String roles) {

    AccessToken token() {
        return new AccessToken(id, accountId, name, tokenHash, scope, createdAt, expiresAt, revokedAt, lastUsedAt);
    }
}
