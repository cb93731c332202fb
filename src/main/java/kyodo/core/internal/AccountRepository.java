package kyodo.core.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountRepository extends CrudRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    List<Account> findByIdIn(Collection<Long> ids);

    @Query("SELECT role FROM core_account_role WHERE account_id = :accountId ORDER BY role")
    List<String> findRoles(long accountId);

    @Query("SELECT account_id, role FROM core_account_role WHERE account_id IN (:accountIds)")
    List<AccountRole> findRolesOf(Collection<Long> accountIds);

    @Query("SELECT account_id FROM core_account_role WHERE role = :role")
    List<Long> findIdsWithRole(String role);

    @Query("INSERT IGNORE INTO core_account_role (account_id, role, granted_at) VALUES (:accountId, :role, :now)")
    int insertRole(long accountId, String role, java.time.LocalDateTime now);

    @Query("DELETE FROM core_account_role WHERE account_id = :accountId AND role = :role")
    int deleteRole(long accountId, String role);

    @Query(value = """
            SELECT a.* FROM core_account a
            WHERE (:text = '' OR a.email LIKE CONCAT('%', :text, '%') OR a.display_name LIKE CONCAT('%', :text, '%')
                   OR a.name_kana LIKE CONCAT('%', :text, '%'))
              AND (:role = '' OR EXISTS (SELECT 1 FROM core_account_role r WHERE r.account_id = a.id AND r.role = :role))
            ORDER BY a.name_kana, a.id
            LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<Account> search(String text, String role, int limit, int offset);

    @Query(value = """
            SELECT COUNT(*) FROM core_account a
            WHERE (:text = '' OR a.email LIKE CONCAT('%', :text, '%') OR a.display_name LIKE CONCAT('%', :text, '%')
                   OR a.name_kana LIKE CONCAT('%', :text, '%'))
              AND (:role = '' OR EXISTS (SELECT 1 FROM core_account_role r WHERE r.account_id = a.id AND r.role = :role))""",
            nativeQuery = true)
    long countSearch(String text, String role);
}

@io.micronaut.core.annotation.Introspected
record AccountRole(long accountId, String role) {
}
