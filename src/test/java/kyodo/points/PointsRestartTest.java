package kyodo.points;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import kyodo.core.DomainEvents;
import kyodo.core.internal.EventPublications;
import kyodo.events.AttendanceRecorded;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No award is lost when the app stops between the attendance's commit and the award: the first
 * instance commits the attendance (with its publication) and stops before delivering; after the
 * restart the publication is delivered and the points posted, once.
 */
class PointsRestartTest {

    private static ApplicationContext start(Map<String, Object> properties) {
        return ApplicationContext.builder().environments("test").properties(properties).start();
    }

    @SuppressWarnings("unchecked")
    private static long count(ApplicationContext app, String sql, Object... args) {
        TransactionOperations<Connection> tx = app.getBean(TransactionOperations.class);
        return tx.executeRead(status -> app.getBean(io.micronaut.data.jdbc.runtime.JdbcOperations.class).prepareStatement(sql, ps -> {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAttendanceCommittedBeforeAStopGetsItsPointsAfterTheRestart() throws Exception {
        long person = 800_000_000L + (System.nanoTime() % 100_000_000L);
        long event = person + 1;
        AttendanceRecorded recorded = new AttendanceRecorded(event, person + 2, person, LocalDate.of(2026, 7, 4), 120, 1);
        try (ApplicationContext first = start(Map.of("kyodo.events.deliver-after-commit", false,
                "kyodo.events.sweep-grace", "0s", "kyodo.events.sweep-delay", "1h"))) {
            TransactionOperations<Connection> tx = first.getBean(TransactionOperations.class);
            tx.executeWrite(status -> {
                first.getBean(io.micronaut.data.jdbc.runtime.JdbcOperations.class).prepareStatement(
                        "INSERT INTO pts_event_setting (event_id, earns, fixed_points, updated_by, updated_at) VALUES (?, TRUE, NULL, 1, NOW(6))",
                        ps -> {
                            ps.setLong(1, event);
                            return ps.executeUpdate();
                        });
                // As the events module does: the attendance and its publication commit together.
                first.getBean(DomainEvents.class).publish(recorded);
                return null;
            });
            assertEquals(0, count(first, "SELECT COUNT(*) FROM pts_award WHERE volunteer_id = ?", person), "stopped before delivering");
        }
        try (ApplicationContext restarted = start(Map.of("kyodo.events.sweep-delay", "1h"))) {
            restarted.getBean(EventPublications.class).deliverDue();
            restarted.getBean(EventPublications.class).deliverDue();
            assertEquals(1, count(restarted, "SELECT COUNT(*) FROM pts_award WHERE volunteer_id = ?", person));
            assertEquals(2, count(restarted, "SELECT balance FROM pts_account WHERE kind = 'VOLUNTEER' AND owner_id = ?", person));
        }
    }
}
