package kyodo.voices.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DepartmentRepository extends CrudRepository<Department, Long> {

    @Query(value = "SELECT * FROM voi_department ORDER BY coordinating DESC, name", nativeQuery = true)
    List<Department> ordered();

    Optional<Department> findByName(String name);

    @Query(value = """
            SELECT department_id, account_id, supervisor FROM voi_department_member
            WHERE account_id = :accountId ORDER BY department_id""", nativeQuery = true)
    List<DepartmentMember> membershipsOf(long accountId);

    @Query(value = """
            SELECT department_id, account_id, supervisor FROM voi_department_member
            WHERE department_id = :departmentId ORDER BY supervisor DESC, account_id""", nativeQuery = true)
    List<DepartmentMember> membersOf(long departmentId);

    @Query(value = """
            SELECT m.department_id, m.account_id, m.supervisor FROM voi_department_member m
            JOIN voi_department d ON d.id = m.department_id WHERE d.coordinating""", nativeQuery = true)
    List<DepartmentMember> coordinatingMembers();

    /** Adds a member, or changes whether they supervise (one row per person and department). */
    @Query(value = """
            INSERT INTO voi_department_member (department_id, account_id, supervisor, added_by, added_at)
            VALUES (:departmentId, :accountId, :supervisor, :by, :now)
            ON DUPLICATE KEY UPDATE supervisor = :supervisor""", nativeQuery = true)
    int addMember(long departmentId, long accountId, boolean supervisor, long by, LocalDateTime now);

    @Query(value = "DELETE FROM voi_department_member WHERE department_id = :departmentId AND account_id = :accountId",
            nativeQuery = true)
    int removeMember(long departmentId, long accountId);
}
