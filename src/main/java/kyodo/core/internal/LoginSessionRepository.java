package kyodo.core.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LoginSessionRepository extends CrudRepository<LoginSession, String> {

    @Query("UPDATE core_session SET revoked_at = NOW(6) WHERE id = :id AND revoked_at IS NULL")
    int updateRevoke(String id);

    @Query("UPDATE core_session SET revoked_at = NOW(6) WHERE account_id = :accountId AND revoked_at IS NULL")
    int updateRevokeAll(long accountId);
}
