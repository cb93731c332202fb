package kyodo.support.insurance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ClaimNoteRepository extends CrudRepository<ClaimNote, Long> {

    List<ClaimNote> findByClaimIdOrderById(long claimId);
}
