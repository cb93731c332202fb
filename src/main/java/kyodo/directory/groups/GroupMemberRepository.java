package kyodo.directory.groups;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The people of each group ({@code dir_group_member}): exactly one REPRESENTATIVE per group, any number of MEMBERs. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface GroupMemberRepository extends GenericRepository<GroupRow, Long> {

    @Query(value = """
            INSERT IGNORE INTO dir_group_member (group_id, account_id, member_role, added_at)
            VALUES (:groupId, :accountId, :role, :now)""", nativeQuery = true)
    int add(long groupId, long accountId, String role, LocalDateTime now);

    @Query(value = "DELETE FROM dir_group_member WHERE group_id = :groupId AND account_id = :accountId AND member_role = 'MEMBER'",
            nativeQuery = true)
    int removeMember(long groupId, long accountId);

    /** Representative first, then by the day they joined. */
    @Query(value = """
            SELECT * FROM dir_group_member WHERE group_id = :groupId
            ORDER BY CASE member_role WHEN 'REPRESENTATIVE' THEN 0 ELSE 1 END, added_at""", nativeQuery = true)
    List<GroupMember> ofGroup(long groupId);

    /** Locks the group's people, so two hand-overs at once cannot leave two representatives. */
    @Query(value = "SELECT * FROM dir_group_member WHERE group_id = :groupId FOR UPDATE", nativeQuery = true)
    List<GroupMember> ofGroupForUpdate(long groupId);

    @Query(value = "SELECT * FROM dir_group_member WHERE account_id = :accountId", nativeQuery = true)
    List<GroupMember> ofAccount(long accountId);

    @Query(value = "SELECT COUNT(*) FROM dir_group_member WHERE group_id = :groupId AND account_id = :accountId",
            nativeQuery = true)
    long countMembership(long groupId, long accountId);

    @Query(value = """
            SELECT COUNT(*) FROM dir_group_member
            WHERE group_id = :groupId AND account_id = :accountId AND member_role = 'REPRESENTATIVE'""", nativeQuery = true)
    long countRepresentative(long groupId, long accountId);

    @Query(value = "SELECT account_id FROM dir_group_member WHERE group_id = :groupId AND member_role = 'REPRESENTATIVE'",
            nativeQuery = true)
    Optional<Long> representative(long groupId);

    @Query(value = "SELECT * FROM dir_group_member WHERE group_id IN (:groupIds) AND member_role = 'REPRESENTATIVE'",
            nativeQuery = true)
    List<GroupMember> representativesOf(Collection<Long> groupIds);

    @Query(value = "UPDATE dir_group_member SET member_role = 'MEMBER' WHERE group_id = :groupId AND member_role = 'REPRESENTATIVE'",
            nativeQuery = true)
    int demoteRepresentative(long groupId);

    @Query(value = "UPDATE dir_group_member SET member_role = 'REPRESENTATIVE' WHERE group_id = :groupId AND account_id = :accountId",
            nativeQuery = true)
    int promote(long groupId, long accountId);
}
