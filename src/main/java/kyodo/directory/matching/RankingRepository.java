package kyodo.directory.matching;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import kyodo.directory.volunteers.Volunteer;

import java.util.List;

/** The columns of the volunteers that the suggestion ranking keeps in memory. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface RankingRepository extends GenericRepository<Volunteer, Long> {

    @Query(value = "SELECT COALESCE(MAX(id), 0) FROM dir_volunteer", nativeQuery = true)
    long maxId();

    @Query(value = """
            SELECT id, name, name_kana, skills, qualifications, field_mask, availability, area, school_district
            FROM dir_volunteer WHERE active = TRUE""", nativeQuery = true)
    List<RankingRow> activeVolunteers();
}
