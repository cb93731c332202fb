package kyodo.voices;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import kyodo.core.Role;
import kyodo.support.Db;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The people a voices test needs, set up through the module's pages as an administrator would: departments
 * (one coordinating, others not) and staff members in them, some of them approvers.
 */
@Singleton
public class VoicesFixture {

    /** A staff member and the department they work in. */
    public record Staff(TestAccount account, long departmentId, String departmentName) {
        public WebSession session(java.net.URL base) {
            return WebSession.at(base).logIn(account.email(), account.password());
        }
    }

    private final TestAccounts accounts;
    private final DataSource dataSource;
    private final EmbeddedServer server;

    public VoicesFixture(TestAccounts accounts, DataSource dataSource, EmbeddedServer server) {
        this.accounts = accounts;
        this.dataSource = dataSource;
        this.server = server;
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new department, made by a new administrator. */
    public long department(String name, boolean coordinating) {
        WebSession admin = accounts.loggedIn(server.getURL(), Role.ADMIN);
        Map<String, String> form = new HashMap<>(Map.of("departmentName", name));
        if (coordinating) {
            form.put("coordinating", "on");
        }
        Page added = admin.post("/admin/voices/departments", form);
        assertEquals(303, added.status(), added.text());
        return count("SELECT id FROM voi_department WHERE name = ?", name);
    }

    /** A staff account added to the department (as an approver when {@code supervisor}). */
    public Staff staffIn(long departmentId, String departmentName, boolean supervisor) {
        TestAccount person = accounts.create(Role.STAFF);
        WebSession admin = accounts.loggedIn(server.getURL(), Role.ADMIN);
        Map<String, String> form = new HashMap<>(Map.of("memberDepartment", Long.toString(departmentId),
                "memberEmail", person.email()));
        if (supervisor) {
            form.put("supervisor", "on");
        }
        Page added = admin.post("/admin/voices/departments/members", form);
        assertEquals(303, added.status(), added.text());
        return new Staff(person, departmentId, departmentName);
    }

    /** A department with one staff member (an approver or not). */
    public Staff staff(String prefix, boolean coordinating, boolean supervisor) {
        String name = unique(prefix);
        return staffIn(department(name, coordinating), name, supervisor);
    }

    public long count(String sql, Object... args) {
        return Db.count(dataSource, sql, args);
    }

    public String text(String sql, Object... args) {
        return Db.text(dataSource, sql, args);
    }

    public long audits(String action, long actorId, String targetType) {
        return count("SELECT COUNT(*) FROM core_audit_log WHERE action = ? AND actor_id = ? AND target_type = ?", action,
                actorId, targetType);
    }

    public long mails(String recipient, String subjectLike) {
        return count("SELECT COUNT(*) FROM core_outbox WHERE recipient = ? AND subject LIKE ?", recipient, subjectLike);
    }
}
