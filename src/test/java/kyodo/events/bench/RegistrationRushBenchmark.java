package kyodo.events.bench;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Registration rush: N distinct signed-in citizens (default 2,000) register at once for an event
 * with 30 seats, over HTTP against the running app and its embedded MariaDB; then the bare
 * registration transaction (row lock, counts, insert) straight over JDBC on the same database,
 * as the ceiling. Run: ./mvnw -Pbench test -Dtest=RegistrationRushBenchmark
 * (-Dbench.citizens=2000 -Dbench.clients=64 -Dbench.runs=3).
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
class RegistrationRushBenchmark {

    private static final int SEATS = 30;

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DataSource dataSource;
    @Inject
    kyodo.core.CityClock clock;

    private DataSource raw() {
        return DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Test
    void rush() throws Exception {
        int citizens = Integer.getInteger("bench.citizens", 2000);
        int clients = Integer.getInteger("bench.clients", 64);
        int runs = Integer.getInteger("bench.runs", 3);
        HttpLoad load = new HttpLoad(server.getURL().toString());

        List<TestAccount> people = parallel(citizens, 4, i -> accounts.create(Role.CITIZEN));
        List<HttpLoad.Person> signedIn = parallel(citizens, 8, i -> {
            try {
                return load.logIn(people.get(i).email(), people.get(i).password());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.printf(Locale.ROOT, "%nRegistration rush: %d citizens, %d seats, %d HTTP clients, %d runs%n",
                citizens, SEATS, clients, runs);

        // Run 0 warms both paths up and is not counted: during a first rush the JIT compiler takes
        // about as much CPU as the requests. Each run then does HTTP and JDBC back to back, so that
        // both see the same machine.
        List<Double> httpThroughput = new ArrayList<>();
        List<Double> httpP99 = new ArrayList<>();
        List<Double> jdbcThroughput = new ArrayList<>();
        int jdbcThreads = Math.min(clients, 20);
        for (int run = 0; run <= runs; run++) {
            String label = run == 0 ? "warm-up" : "run " + run;
            long httpEvent = newEvent("rush-http-" + run);
            HttpLoad.Result http = HttpLoad.run(clients, citizens, 303, i -> {
                try {
                    return load.postForm(signedIn.get(i), "/events/" + httpEvent + "/register", Map.of());
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            print("HTTP " + label, http, httpEvent);
            long jdbcEvent = newEvent("rush-jdbc-" + run);
            HttpLoad.Result jdbc = HttpLoad.run(jdbcThreads, citizens, 1, i -> registerOverJdbc(jdbcEvent, people.get(i).id()));
            print("JDBC " + label, jdbc, jdbcEvent);
            if (run > 0) {
                httpThroughput.add(http.throughput());
                httpP99.add(http.percentileMillis(99));
                jdbcThroughput.add(jdbc.throughput());
            }
        }
        double http = median(httpThroughput);
        double jdbc = median(jdbcThroughput);
        System.out.printf(Locale.ROOT, "  Median: HTTP %.1f/s (p99 %.1f ms), JDBC ceiling %.1f/s, ratio %.2f (target >= 0.50, p99 < 1000 ms)%n%n",
                http, median(httpP99), jdbc, http / jdbc);
    }

    private void print(String label, HttpLoad.Result r, long eventId) throws SQLException {
        long confirmed = count("SELECT COUNT(*) FROM evt_registration WHERE event_id = ? AND status = 'CONFIRMED'", eventId);
        long waiting = count("SELECT COUNT(*) FROM evt_registration WHERE event_id = ? AND status = 'WAITLISTED'", eventId);
        System.out.printf(Locale.ROOT, "  %s: %.1f registrations/s, p50 %.1f ms, p99 %.1f ms, confirmed %d, waitlist %d, errors %d%n",
                label, r.throughput(), r.percentileMillis(50), r.percentileMillis(99), confirmed, waiting, r.errors());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * The bare registration transaction, one per person: lock the event, read the seats and the
     * person's own row (one query), insert, commit (no page, no mail, no sign-in check).
     */
    private int registerOverJdbc(long eventId, long accountId) {
        try (Connection c = raw().getConnection()) {
            c.setAutoCommit(false);
            try {
                int capacity;
                try (PreparedStatement ps = c.prepareStatement("SELECT capacity FROM evt_event WHERE id = ? FOR UPDATE")) {
                    ps.setLong(1, eventId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        capacity = rs.getInt(1);
                    }
                }
                // One read under the lock: seats taken, people waiting, the person's own row.
                long taken;
                long waiting;
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT (SELECT COALESCE(SUM(1 + companions), 0) FROM evt_registration
                                 WHERE event_id = ? AND status = 'CONFIRMED'),
                               (SELECT COUNT(*) FROM evt_registration WHERE event_id = ? AND status = 'WAITLISTED'),
                               (SELECT id FROM evt_registration WHERE event_id = ? AND account_id = ?)""")) {
                    ps.setLong(1, eventId);
                    ps.setLong(2, eventId);
                    ps.setLong(3, eventId);
                    ps.setLong(4, accountId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        taken = rs.getLong(1);
                        waiting = rs.getLong(2);
                        rs.getLong(3);
                        if (!rs.wasNull()) {
                            c.commit();
                            return 1;
                        }
                    }
                }
                boolean fits = taken + 1 <= capacity && waiting == 0;
                Timestamp now = Timestamp.valueOf(clock.now());
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO evt_registration (event_id, account_id, status, companions, queued_at, confirmed_at, created_at,
                                                      booking_number)
                        VALUES (?, ?, ?, 0, ?, ?, ?, CONCAT('B', ?, '-', ?))""")) {
                    ps.setLong(1, eventId);
                    ps.setLong(2, accountId);
                    ps.setString(3, fits ? "CONFIRMED" : "WAITLISTED");
                    ps.setTimestamp(4, now);
                    ps.setTimestamp(5, fits ? now : null);
                    ps.setTimestamp(6, now);
                    ps.setLong(7, eventId);
                    ps.setLong(8, accountId);
                    ps.executeUpdate();
                }
                c.commit();
                return 1;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            return -1;
        }
    }

    private static long scalar(Connection c, String sql, long eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long newEvent(String title) throws SQLException {
        try (Connection c = raw().getConnection()) {
            return BenchEvents.insertPublished(c, title, SEATS, clock.now());
        }
    }

    private long count(String sql, long eventId) throws SQLException {
        try (Connection c = raw().getConnection()) {
            return scalar(c, sql, eventId);
        }
    }

    private static <T> List<T> parallel(int n, int threads, java.util.function.IntFunction<T> make) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> make.apply(index)));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }
}
