package kyodo.events.bench;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The public event list with 1,000 events in the database, under load from a second process
 * (50 concurrent clients by default). Prints median and p99 latency per run and their medians.
 * Run: ./mvnw -Pbench test -Dtest=EventListBenchmark (-Dbench.clients=50 -Dbench.requests=20000 -Dbench.runs=3).
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
class EventListBenchmark {

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;

    @Test
    void eventListUnderLoad() throws Exception {
        int clients = Integer.getInteger("bench.clients", 50);
        int requests = Integer.getInteger("bench.requests", 20000);
        int runs = Integer.getInteger("bench.runs", 3);
        seed(1000);
        String paths = "/events,/events?page=2,/events?category=KOZA,/events?q=" + java.net.URLEncoder.encode("講座", StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%nEvent list: 1000 events, %d clients in a second process, %d requests per run%n",
                clients, requests);
        List<Double> p50s = new ArrayList<>();
        List<Double> p99s = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // The load generator should take as little of the two shared cores as it can: the
                    // client compiler only (no long optimising compiles) and the serial collector.
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), HttpLoad.class.getName(),
                    server.getURL().toString(), Integer.toString(clients), Integer.toString(requests), paths)
                    .redirectErrorStream(true).start();
            String last = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    last = line;
                }
            }
            process.waitFor();
            String[] f = last.trim().split(" ");
            System.out.printf(Locale.ROOT, "  run %d: p50 %s ms, p99 %s ms, %s requests/s, errors %s%n", run, f[0], f[1], f[2], f[3]);
            p50s.add(Double.parseDouble(f[0]));
            p99s.add(Double.parseDouble(f[1]));
        }
        Collections.sort(p50s);
        Collections.sort(p99s);
        System.out.printf(Locale.ROOT, "  Median of runs: p50 %.1f ms, p99 %.1f ms (target p99 < 50 ms)%n%n",
                p50s.get(p50s.size() / 2), p99s.get(p99s.size() / 2));
    }

    private void seed(int n) throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            c.setAutoCommit(false);
            String[] categories = {"KOZA", "JUKU", "MINI_SEMINAR", "WORKSHOP", "KORYUKAI", "FORUM", "FESTA", "OTHER"};
            try (PreparedStatement e = c.prepareStatement("""
                    INSERT INTO evt_event (title, description, category, venue_name, online, capacity, registration_opens_at,
                      registration_closes_at, max_companions, status, first_date, last_date, created_by, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, 30, ?, ?, 0, 'PUBLISHED', ?, ?, 1, NOW(), NOW())""", java.sql.Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement s = c.prepareStatement(
                         "INSERT INTO evt_session (event_id, seq, day, start_time, end_time) VALUES (?, 1, ?, '10:00', '12:00')")) {
                for (int i = 0; i < n; i++) {
                    LocalDate day = LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(1 + i % 365);
                    e.setString(1, "まちづくり講座 第" + i + "回");
                    e.setString(2, "協働のまちづくりについて学ぶ講座です。");
                    e.setString(3, categories[i % categories.length]);
                    e.setString(4, "市民活動サポートセンター");
                    e.setBoolean(5, i % 4 == 0);
                    e.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now(kyodo.core.CityClock.JAPAN).minusDays(1)));
                    e.setTimestamp(7, Timestamp.valueOf(day.atStartOfDay()));
                    e.setObject(8, day);
                    e.setObject(9, day);
                    e.executeUpdate();
                    try (var keys = e.getGeneratedKeys()) {
                        keys.next();
                        s.setLong(1, keys.getLong(1));
                    }
                    s.setObject(2, day);
                    s.executeUpdate();
                }
            }
            c.commit();
        }
    }
}
