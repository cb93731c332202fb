package kyodo.directory.groups;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/** Groups and their fields of activity. Filters given as '' (text) mean "any". */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface GroupRepository extends CrudRepository<GroupRow, Long> {

    String SEARCH = """
            FROM dir_group g
            WHERE (:status = '' OR g.status = :status)
              AND (:text = '' OR g.name LIKE :text OR g.name_kana LIKE :text OR g.description LIKE :text
                   OR g.activity_place LIKE :text)
              AND (:field = '' OR EXISTS (SELECT 1 FROM dir_group_field f WHERE f.group_id = g.id AND f.field = :field))
              AND (:area = '' OR g.area LIKE :area OR g.school_district LIKE :area)
              AND (:type = '' OR g.group_type = :type)""";

    /** The public list and the coordinators' list; text and area are LIKE patterns (see Text.like). */
    @Query(value = "SELECT g.* " + SEARCH + " ORDER BY g.name_kana, g.id LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<GroupRow> search(String status, String text, String field, String area, String type, int limit, int offset);

    @Query(value = "SELECT COUNT(*) " + SEARCH, nativeQuery = true)
    long countSearch(String status, String text, String field, String area, String type);

    @Query(value = "SELECT * FROM dir_group WHERE id IN (:ids) ORDER BY name_kana, id", nativeQuery = true)
    List<GroupRow> findInKanaOrder(Collection<Long> ids);

    @Query(value = "SELECT id FROM dir_group WHERE status = 'APPROVED' ORDER BY name_kana, id", nativeQuery = true)
    List<Long> approvedIds();

    @Query(value = "SELECT COUNT(*) FROM dir_group WHERE status = 'APPROVED'", nativeQuery = true)
    long countApproved();

    @Query(value = """
            SELECT g.* FROM dir_group g JOIN dir_group_member m ON m.group_id = g.id
            WHERE m.account_id = :accountId AND m.member_role = 'REPRESENTATIVE' AND (NOT :approvedOnly OR g.status = 'APPROVED')
            ORDER BY g.name_kana, g.id""", nativeQuery = true)
    List<GroupRow> representedBy(long accountId, boolean approvedOnly);

    @Query(value = """
            UPDATE dir_group SET status = 'APPROVED', status_note = NULL, approved_by = :coordinatorId, approved_at = :now
            WHERE id = :id AND status <> 'APPROVED'""", nativeQuery = true)
    int approve(long id, long coordinatorId, LocalDateTime now);

    @Query(value = "UPDATE dir_group SET status = 'REJECTED', status_note = :note WHERE id = :id AND status = 'PENDING'",
            nativeQuery = true)
    int reject(long id, String note);

    // ---- fields of activity (dir_group_field) ----

    /** (group id, field code) pairs of the groups, in code order. */
    @Query(value = "SELECT group_id, field FROM dir_group_field WHERE group_id IN (:groupIds) ORDER BY group_id, field",
            nativeQuery = true)
    List<GroupField> fieldsOf(Collection<Long> groupIds);

    @Query(value = "INSERT INTO dir_group_field (group_id, field) VALUES (:groupId, :field)", nativeQuery = true)
    int addField(long groupId, String field);

    @Query(value = "DELETE FROM dir_group_field WHERE group_id = :groupId", nativeQuery = true)
    int deleteFields(long groupId);

    /** Groups approved before a moment (the end of a fiscal year), for the plan's KPIs. */
    @Query(value = """
            SELECT COUNT(*) FROM dir_group WHERE status = 'APPROVED' AND COALESCE(approved_at, created_at) < :end""",
            nativeQuery = true)
    long countApprovedBefore(java.time.LocalDateTime end);
}
