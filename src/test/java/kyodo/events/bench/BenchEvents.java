package kyodo.events.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The rush benchmarks' event: published, open since yesterday, one session twenty days from now. */
final class BenchEvents {

    private BenchEvents() {
    }

    static long insertPublished(Connection c, String title, int seats, LocalDateTime now) throws SQLException {
        LocalDate day = now.toLocalDate().plusDays(20);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO evt_event (title, category, venue_name, online, capacity, registration_opens_at,
                  registration_closes_at, max_companions, status, first_date, last_date, created_by, created_at, updated_at)
                VALUES (?, 'KOZA', '市民活動サポートセンター', FALSE, ?, ?, ?, 0, 'PUBLISHED', ?, ?, 1, ?, ?)""",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, title);
            ps.setInt(2, seats);
            ps.setTimestamp(3, Timestamp.valueOf(now.minusDays(1)));
            ps.setTimestamp(4, Timestamp.valueOf(day.minusDays(1).atStartOfDay()));
            ps.setObject(5, day);
            ps.setObject(6, day);
            ps.setTimestamp(7, Timestamp.valueOf(now));
            ps.setTimestamp(8, Timestamp.valueOf(now));
            ps.executeUpdate();
            long id;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO evt_session (event_id, seq, day, start_time, end_time) VALUES (?, 1, ?, '10:00', '12:00')")) {
                s.setLong(1, id);
                s.setObject(2, day);
                s.executeUpdate();
            }
            return id;
        }
    }
}
