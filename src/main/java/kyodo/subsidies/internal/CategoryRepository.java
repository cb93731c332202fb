package kyodo.subsidies.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CategoryRepository extends CrudRepository<Category, Long> {

    List<Category> findByProgramIdOrderById(long programId);
}
