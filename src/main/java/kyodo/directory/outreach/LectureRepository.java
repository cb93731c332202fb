package kyodo.directory.outreach;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Outreach lectures, read with their group's name and status. Filters given as '' mean "any". */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface LectureRepository extends CrudRepository<LectureRow, Long> {

    String LISTING = """
            SELECT l.id, l.group_id, g.name AS group_name, g.status AS group_status, l.title, l.description, l.audiences,
              l.audience_note, l.minutes, l.fee_amount, l.fee_note, l.host_prepares, l.fields, l.service_area,
              l.min_people, l.max_people, l.published, l.updated_at
            FROM dir_lecture l JOIN dir_group g ON g.id = l.group_id""";

    @Query(value = LISTING + " WHERE l.id = :id", nativeQuery = true)
    Optional<LectureListing> listing(long id);

    @Query(value = LISTING + " WHERE l.group_id = :groupId ORDER BY l.title, l.id", nativeQuery = true)
    List<LectureListing> ofGroup(long groupId);

    /** The public catalog; the text is a LIKE pattern (see Text.like). */
    @Query(value = LISTING + """
             WHERE l.published = TRUE AND g.status = 'APPROVED'
              AND (:text = '' OR l.title LIKE :text OR l.description LIKE :text OR l.audience_note LIKE :text
                   OR g.name LIKE :text OR g.name_kana LIKE :text OR l.service_area LIKE :text)
              AND (:field = '' OR FIND_IN_SET(:field, l.fields) > 0)
              AND (:audience = '' OR FIND_IN_SET(:audience, l.audiences) > 0)
            ORDER BY g.name_kana, l.title, l.id LIMIT 500""", nativeQuery = true)
    List<LectureListing> catalog(String text, String field, String audience);
}
