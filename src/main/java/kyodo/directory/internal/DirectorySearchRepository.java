package kyodo.directory.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import kyodo.core.SearchSource;

import java.time.LocalDate;
import java.util.List;

/**
 * The directory's search table for groups (approved ones are public), outreach lectures (published, of an
 * approved group) and board posts (published, not expired): what is out of date, writing it, and finding.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface DirectorySearchRepository extends CrudRepository<DirectorySearchEntry, Long> {

    /** A found thing, as the results page shows it. */
    @Introspected
    record Found(long id, String title, @Nullable String summary, @Nullable LocalDate day) {
    }

    @Query(value = """
            INSERT INTO dir_search (kind, source_id, text_hash, folded) VALUES (:kind, :id, :hash, :folded)
            ON DUPLICATE KEY UPDATE text_hash = VALUES(text_hash), folded = VALUES(folded)""", nativeQuery = true)
    int store(String kind, long id, String hash, String folded);

    @Query(value = """
            SELECT g.id, CONCAT_WS(' ', g.name, g.name_kana, g.description, g.area, g.school_district, g.activity_place) AS text,
                   MD5(CONCAT_WS(' ', g.name, g.name_kana, g.description, g.area, g.school_district, g.activity_place)) AS hash
            FROM dir_group g LEFT JOIN dir_search s ON s.kind = 'GROUP' AND s.source_id = g.id
            WHERE s.source_id IS NULL
               OR s.text_hash <> MD5(CONCAT_WS(' ', g.name, g.name_kana, g.description, g.area, g.school_district, g.activity_place))
            ORDER BY g.id LIMIT 200""", nativeQuery = true)
    List<SearchSource.Pending> findPendingGroups();

    @Query(value = """
            SELECT g.id, g.name AS title, g.description AS summary, NULL AS day
            FROM dir_group g JOIN dir_search s ON s.kind = 'GROUP' AND s.source_id = g.id
            WHERE g.status = 'APPROVED' AND s.folded LIKE :pattern
            ORDER BY g.name_kana, g.id LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<Found> findGroups(String pattern, int limit, int offset);

    @Query(value = """
            SELECT COUNT(*) FROM dir_group g JOIN dir_search s ON s.kind = 'GROUP' AND s.source_id = g.id
            WHERE g.status = 'APPROVED' AND s.folded LIKE :pattern""", nativeQuery = true)
    long countGroups(String pattern);

    @Query(value = """
            SELECT l.id, CONCAT_WS(' ', l.title, l.description, l.audience_note, l.service_area, g.name, g.name_kana) AS text,
                   MD5(CONCAT_WS(' ', l.title, l.description, l.audience_note, l.service_area, g.name, g.name_kana)) AS hash
            FROM dir_lecture l JOIN dir_group g ON g.id = l.group_id
            LEFT JOIN dir_search s ON s.kind = 'LECTURE' AND s.source_id = l.id
            WHERE s.source_id IS NULL
               OR s.text_hash <> MD5(CONCAT_WS(' ', l.title, l.description, l.audience_note, l.service_area, g.name, g.name_kana))
            ORDER BY l.id LIMIT 200""", nativeQuery = true)
    List<SearchSource.Pending> findPendingLectures();

    @Query(value = """
            SELECT l.id, l.title, l.description AS summary, NULL AS day
            FROM dir_lecture l JOIN dir_group g ON g.id = l.group_id
            JOIN dir_search s ON s.kind = 'LECTURE' AND s.source_id = l.id
            WHERE l.published = TRUE AND g.status = 'APPROVED' AND s.folded LIKE :pattern
            ORDER BY l.updated_at DESC, l.id DESC LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<Found> findLectures(String pattern, int limit, int offset);

    @Query(value = """
            SELECT COUNT(*) FROM dir_lecture l JOIN dir_group g ON g.id = l.group_id
            JOIN dir_search s ON s.kind = 'LECTURE' AND s.source_id = l.id
            WHERE l.published = TRUE AND g.status = 'APPROVED' AND s.folded LIKE :pattern""", nativeQuery = true)
    long countLectures(String pattern);

    @Query(value = """
            SELECT p.id, CONCAT_WS(' ', p.title, p.body, p.skills, p.place, p.area, p.school_district) AS text,
                   MD5(CONCAT_WS(' ', p.title, p.body, p.skills, p.place, p.area, p.school_district)) AS hash
            FROM dir_post p LEFT JOIN dir_search s ON s.kind = 'POST' AND s.source_id = p.id
            WHERE s.source_id IS NULL
               OR s.text_hash <> MD5(CONCAT_WS(' ', p.title, p.body, p.skills, p.place, p.area, p.school_district))
            ORDER BY p.id LIMIT 200""", nativeQuery = true)
    List<SearchSource.Pending> findPendingPosts();

    @Query(value = """
            SELECT p.id, p.title, p.body AS summary, p.needed_on AS day
            FROM dir_post p JOIN dir_search s ON s.kind = 'POST' AND s.source_id = p.id
            WHERE p.status = 'PUBLISHED' AND p.expires_on >= :today AND s.folded LIKE :pattern
            ORDER BY p.approved_at DESC, p.id DESC LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<Found> findPosts(String pattern, LocalDate today, int limit, int offset);

    @Query(value = """
            SELECT COUNT(*) FROM dir_post p JOIN dir_search s ON s.kind = 'POST' AND s.source_id = p.id
            WHERE p.status = 'PUBLISHED' AND p.expires_on >= :today AND s.folded LIKE :pattern""", nativeQuery = true)
    long countPosts(String pattern, LocalDate today);
}
