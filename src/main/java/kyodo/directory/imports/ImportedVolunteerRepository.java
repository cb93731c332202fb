package kyodo.directory.imports;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The import's batch insert of volunteer rows (see {@link ImportedVolunteer}). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ImportedVolunteerRepository extends GenericRepository<ImportedVolunteer, Long> {

    <S extends ImportedVolunteer> List<S> saveAll(Iterable<S> rows);
}
