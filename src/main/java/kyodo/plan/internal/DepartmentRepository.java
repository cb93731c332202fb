package kyodo.plan.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Departments and the accounts that belong to them (an account may belong to several). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DepartmentRepository extends CrudRepository<Department, Long> {

    Optional<Department> findByName(String name);

    @Query(value = "SELECT * FROM pln_department ORDER BY division, name", nativeQuery = true)
    List<Department> findInOrder();

    @Query(value = """
            SELECT d.* FROM pln_department d JOIN pln_department_member m ON m.department_id = d.id
            WHERE m.account_id = :accountId ORDER BY d.name""", nativeQuery = true)
    List<Department> ofAccount(long accountId);

    @Query(value = "SELECT account_id FROM pln_department_member WHERE department_id = :departmentId ORDER BY added_at",
            nativeQuery = true)
    List<Long> members(long departmentId);

    @Query(value = """
            INSERT IGNORE INTO pln_department_member (department_id, account_id, added_by, added_at)
            VALUES (:departmentId, :accountId, :actorId, :now)""", nativeQuery = true)
    int addMember(long departmentId, long accountId, long actorId, LocalDateTime now);

    @Query(value = "DELETE FROM pln_department_member WHERE department_id = :departmentId AND account_id = :accountId",
            nativeQuery = true)
    int removeMember(long departmentId, long accountId);

    @Query(value = "SELECT COUNT(*) FROM pln_department_member WHERE department_id = :departmentId AND account_id = :accountId",
            nativeQuery = true)
    long countMember(long departmentId, long accountId);
}
