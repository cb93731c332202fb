package kyodo.points;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The people and groups a points test needs. Volunteers and groups are written into the directory's
 * tables as its CSV import would write them (the points module itself only reads them through
 * DirectoryApi); hosts, events and rules go through the points pages, as staff would set them.
 */
@Singleton
public class PointsFixture {

    public record Host(long groupId, TestAccount representative) {
    }

    private final DataSource dataSource;
    private final TestAccounts accounts;

    public PointsFixture(DataSource dataSource, TestAccounts accounts) {
        this.dataSource = dataSource;
        this.accounts = accounts;
    }

    /** A citizen registered as a volunteer. */
    public TestAccount volunteer() {
        TestAccount person = accounts.create(Role.CITIZEN);
        insert("INSERT INTO dir_volunteer (account_id, name, name_kana, contact_method, created_at, updated_at) "
                + "VALUES (?, ?, 'テスト', 'EMAIL', NOW(6), NOW(6))", person.id(), person.name());
        return person;
    }

    /** An approved group with its representative, registered as a host by staff. */
    public Host host(WebSession staff) {
        TestAccount rep = accounts.create(Role.CITIZEN);
        String name = "受入先 " + UUID.randomUUID().toString().substring(0, 8);
        long group = insert("INSERT INTO dir_group (name, name_kana, group_type, status, created_by, created_at, updated_at) "
                + "VALUES (?, 'ウケイレサキ', 'CIVIC', 'APPROVED', ?, NOW(6), NOW(6))", name, rep.id());
        insert("INSERT INTO dir_group_member (group_id, account_id, member_role, added_at) VALUES (?, ?, 'REPRESENTATIVE', NOW(6))",
                group, rep.id());
        WebSession.Page registered = staff.post("/admin/points/hosts", Map.of("groupId", Long.toString(group)));
        assertEquals(303, registered.status(), registered.text());
        return new Host(group, rep);
    }

    @Transactional
    public long count(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public long insert(String sql, Object... args) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }
}
