package kyodo.points.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface HostRepository extends CrudRepository<Host, Long> {

    List<Host> findByActiveTrue();

    List<Host> findByGroupIdInAndActiveTrue(Collection<Long> groupIds);
}
