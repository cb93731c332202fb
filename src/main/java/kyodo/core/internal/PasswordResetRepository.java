package kyodo.core.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PasswordResetRepository extends CrudRepository<PasswordReset, String> {

    @Query("SELECT * FROM core_password_reset WHERE token_hash = :tokenHash FOR UPDATE")
    Optional<PasswordReset> findForUpdate(String tokenHash);

    @Query("UPDATE core_password_reset SET used_at = :now WHERE token_hash = :tokenHash")
    int updateUsed(String tokenHash, java.time.LocalDateTime now);

    /** Ends every link of an account not used yet: a newer link, or a reset done, leaves none of the older ones usable. */
    @Query("UPDATE core_password_reset SET used_at = :now WHERE account_id = :accountId AND used_at IS NULL")
    int endAllOfAccount(long accountId, java.time.LocalDateTime now);
}
