package kyodo.events.bench;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rush of issue 17: 10,000 citizens for 30 seats, half through each of two app instances on one database,
 * 128 clients. Run: {@code ./mvnw -B -o -Pbench test -Dtest=TwoInstanceRushBenchmark}
 * ({@code -Dbench.citizens=10000 -Dbench.clients=128 -Dbench.runs=3 -Dbench.jfr=true}).
 * <p>
 * The test seeds 10,000 citizens with a personal write token each straight into its database, then starts the app
 * twice as separate processes ({@code src/main/jvm.options}, the README's settings) on two ports against that
 * database; only the benchmark's processes get a per-address API limit high enough for 10,000 calls from one
 * address ({@code KYODO_API_RATE_PER_ADDRESS}). Each run puts a new event with 30 seats; 128 client threads (64 per
 * instance, one kept-alive connection each) send {@code POST /api/v1/events/{id}/registration}, one per citizen, the
 * even-numbered citizens to instance A and the odd ones to instance B. Each call's start and latency are kept.
 * While the rush runs a separate JDBC connection reads the confirmed count every 50 ms.
 * <p>
 * Checked (and failed on) after the figures are printed: the sampled confirmed count never above 30, once 30 never
 * below, and 30 at the end; 0 errors (every answer a 201 with CONFIRMED or WAITLISTED, agreeing with the database);
 * queue positions 1..N with no gap, booking numbers E&lt;id&gt;-&lt;position&gt;, the confirmed ones exactly
 * positions 1..30; the server's order: positions follow the time each batch took the event's lock (queued_at
 * never decreases with the position, across both instances); the clients' order: whenever one call was answered
 * before another was sent, the first has the lower position ("arrival order" as far as it can be seen from
 * outside — calls in flight at the same time may be ordered either way).
 * <p>
 * The ceiling, measured in the same run right after: the same batches (the registrations the two instances
 * committed together, read back by their shared queued_at) replayed on a fresh event by bare JDBC from 128
 * threads, each batch one transaction of the statements the service runs (lock the event row, read the seats,
 * the people's own rows and the last position, one multi-row insert, commit) — without HTTP, tokens, rate
 * counters, audit, mail or JSON.
 * <p>
 * Figures on the shared 2-core machine (load 4-8 from other builds; medians of 3 runs after a warm-up,
 * {@code ./mvnw -B -o -Pbench test -Dtest=TwoInstanceRushBenchmark -Dbench.runs=3}).
 * <p>
 * Before (2026-12-01): HTTP 388 registrations/s, p50 305 ms, p99 709 ms, 0 errors; JDBC ceiling (same batches)
 * 2,915/s; ratio 0.12. Each call then cost about 11 database round trips and 4 commits outside the registration
 * (rate counters, token look-up and touch, audit), made by ApiCallFilter on the Netty event loop, so the batch
 * transaction (5 ms bare) held the event's lock for 40-100 ms while it competed for CPU. Before the API answered
 * from the registering transaction (it counted the waitlist twice per call) one run gave 166/s, p99 1,498 ms.
 * <p>
 * After (2026-12-02), with no database work on the request's thread: rate limits counted in memory and flushed
 * to core_api_rate every 200 ms, tokens kept in memory for 5 s and otherwise looked up in groups (one query for
 * the calls waiting), audit entries written in groups (one insert, one commit) with each answer sent after its
 * entry's commit. Three sets of 3 runs on the same machine, load 3-5 (medians of each set): HTTP 1,156/s, p50
 * 105 ms, p99 197 ms, ceiling 6,030/s, ratio 0.19 (with {@code -Dbench.jfr=true}); 710/s, p50 168 ms, p99 380 ms,
 * ceiling 3,661/s, ratio 0.20; 909/s, p50 133 ms, p99 281 ms, ceiling 4,187/s, ratio 0.22. 0 errors and every
 * check passed in all of them. So: about 2.5x the throughput and half to a quarter of the p99 of before; the
 * p99 target (< 250 ms) is met in one set of three, near it in another; the ratio target (>= 0.80) is not met.
 * The ceiling itself rose (bigger batches: median 20-21 people, at most 24, the app's worker threads) and moves
 * with the machine's load by 2x between sets, while the ratio stays at 0.2. Where the rest goes (JFR on instance
 * A): the registering transaction (its multi-row insert, the confirmation mails into the outbox with their
 * accounts' look-up, which the bare JDBC batch does not do), Connector/J preparing statements whose IN lists
 * change size each batch, Micronaut's filter chain (security, views, CSRF body buffering) and JSON per call, the
 * hand-offs between the event loop, the look-up and audit threads and the worker pool, and the load generator's
 * own HTTP work on the same two cores; every run is faster than the one before (the JIT is still compiling).
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
class TwoInstanceRushBenchmark {

    private static final int SEATS = 30;
    private static final String EMAIL = "rush2-%d@bench.example.jp";
    private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");
    private static final Pattern POSITION = Pattern.compile("\"waitlistPosition\":(\\d+)");

    @Inject
    DataSource dataSource;
    @Inject
    CityClock clock;

    /** One call: who, through which instance, when (nanos from the run's start), the answer. */
    record Call(int person, int instance, long startNanos, long endNanos, int code, String status, int waitlistPosition) {
        long latencyMicros() {
            return (endNanos - startNanos) / 1000;
        }
    }

    /** What the sampler saw: samples taken, the highest count, a drop after 30 was reached, the time it was first 30. */
    record Samples(int samples, long max, boolean droppedAfterFull, long fullAfterMillis) {
    }

    record Figures(double throughput, double p50, double p99, int errors) {
    }

    private DataSource raw() {
        return DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Test
    void rush() throws Exception {
        int citizens = Integer.getInteger("bench.citizens", 10_000);
        int clients = Integer.getInteger("bench.clients", 128);
        int runs = Integer.getInteger("bench.runs", 3);
        boolean jfr = Boolean.getBoolean("bench.jfr");
        long[] accountIds = seed(citizens);
        String url;
        try (Connection c = raw().getConnection()) {
            url = c.getMetaData().getURL();
        }
        List<Process> apps = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try {
            String[] bases = new String[2];
            for (int i = 0; i < 2; i++) {
                int port = freePort();
                apps.add(start(url, port, i, jfr && i == 0));
                bases[i] = "http://127.0.0.1:" + port;
            }
            for (String base : bases) {
                waitForHealth(base);
            }
            System.out.printf(Locale.ROOT, "%nTwo-instance rush: %d citizens, %d seats, %d clients over 2 instances, %d runs after a warm-up%n",
                    citizens, SEATS, clients, runs);
            List<Double> httpRate = new ArrayList<>();
            List<Double> httpP50 = new ArrayList<>();
            List<Double> httpP99 = new ArrayList<>();
            List<Double> jdbcRate = new ArrayList<>();
            List<Double> ratio = new ArrayList<>();
            int totalErrors = 0;
            for (int run = 0; run <= runs; run++) {
                String label = run == 0 ? "warm-up" : "run " + run;
                System.out.printf(Locale.ROOT, "  %s (load %s)%n", label, Files.readString(Path.of("/proc/loadavg")).trim());
                long event = newEvent("rush2-http-" + run);
                AtomicBoolean running = new AtomicBoolean(true);
                ExecutorService sampler = Executors.newSingleThreadExecutor();
                Future<Samples> samples = sampler.submit(() -> sample(event, running));
                List<Call> calls;
                long wall;
                try {
                    long began = System.nanoTime();
                    calls = httpRush(bases, clients, event, citizens, accountIds.length, began);
                    wall = System.nanoTime() - began;
                } finally {
                    running.set(false);
                }
                Samples seen = samples.get();
                sampler.shutdown();
                Figures http = figures(calls, wall);
                List<String> problems = new ArrayList<>();
                System.out.printf(Locale.ROOT, "    HTTP  %7.0f registrations/s  p50 %6.1f ms  p99 %6.1f ms  errors %d  "
                                + "(A %d calls, B %d calls)%n", http.throughput(), http.p50(), http.p99(), http.errors(),
                        calls.stream().filter(c -> c.instance() == 0).count(), calls.stream().filter(c -> c.instance() == 1).count());
                calls.stream().filter(c -> c.code() != 201).map(c -> c.code() + " " + c.status()).distinct().limit(3)
                        .forEach(e -> System.out.println("      error: " + e));
                List<List<Long>> batches = checkEvent(event, accountIds, calls, seen, problems);
                long jdbcEvent = newEvent("rush2-jdbc-" + run);
                long jdbcWall = replay(url, jdbcEvent, batches, clients, clock);
                double jdbc = citizens / (jdbcWall / 1e9);
                long jdbcConfirmed = count("SELECT COUNT(*) FROM evt_registration WHERE event_id = ? AND status = 'CONFIRMED'", jdbcEvent);
                long jdbcAll = count("SELECT COUNT(*) FROM evt_registration WHERE event_id = ?", jdbcEvent);
                if (jdbcConfirmed != SEATS || jdbcAll != citizens) {
                    problems.add("JDBC ceiling: " + jdbcConfirmed + " confirmed of " + jdbcAll);
                }
                int[] sizes = batches.stream().mapToInt(List::size).sorted().toArray();
                System.out.printf(Locale.ROOT, "    JDBC  %7.0f registrations/s  (the same %d batches: size median %d, max %d)  ratio %.2f%n",
                        jdbc, sizes.length, sizes[sizes.length / 2], sizes[sizes.length - 1], http.throughput() / jdbc);
                System.out.printf(Locale.ROOT, "    confirmed count: %d samples every 50 ms, at most %d, %s, 30 after %d ms; "
                                + "order checks %s%n", seen.samples(), seen.max(), seen.droppedAfterFull() ? "DROPPED after 30" : "never dropped",
                        seen.fullAfterMillis(), problems.isEmpty() ? "passed" : "FAILED: " + problems);
                problems.forEach(p -> failures.add(label + ": " + p));
                totalErrors += http.errors();
                if (run > 0) {
                    httpRate.add(http.throughput());
                    httpP50.add(http.p50());
                    httpP99.add(http.p99());
                    jdbcRate.add(jdbc);
                    ratio.add(http.throughput() / jdbc);
                }
            }
            System.out.printf(Locale.ROOT, "%nRUSH (medians of %d runs)   %12s %9s %9s %7s%n", runs, "regs/s", "p50 ms", "p99 ms", "errors");
            System.out.printf(Locale.ROOT, "  HTTP, 2 instances         %12.0f %9.1f %9.1f %7d%n", median(httpRate), median(httpP50),
                    median(httpP99), totalErrors);
            System.out.printf(Locale.ROOT, "  JDBC ceiling, same batches %11.0f%n", median(jdbcRate));
            System.out.printf(Locale.ROOT, "  ratio %.2f (target >= 0.80), p99 %.1f ms (target < 250 ms), checks %s%n%n",
                    median(ratio), median(httpP99), failures.isEmpty() ? "passed" : "FAILED");
        } finally {
            for (Process app : apps) {
                app.destroy();
            }
            for (Process app : apps) {
                app.waitFor();
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    // --- the HTTP rush ---------------------------------------------------------------------------------------

    private static List<Call> httpRush(String[] bases, int clients, long event, int citizens, int seeded, long began)
            throws Exception {
        CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(clients * 2).setMaxConnPerRoute(clients)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10)).setSocketTimeout(Timeout.ofSeconds(60)).build())
                        .build())
                .disableCookieManagement().disableRedirectHandling().disableAutomaticRetries().build();
        try (client) {
            AtomicInteger[] next = {new AtomicInteger(0), new AtomicInteger(1)};
            ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < clients; t++) {
                    int instance = t % 2;
                    workers.add(pool.submit(() -> {
                        go.await();
                        int person;
                        while ((person = next[instance].getAndAdd(2)) < citizens) {
                            HttpPost post = new HttpPost(bases[instance] + "/api/v1/events/" + event + "/registration");
                            post.setHeader("Authorization", "Bearer " + secret(person % seeded));
                            post.setHeader("Accept", "application/json");
                            post.setEntity(new StringEntity("{}", ContentType.APPLICATION_JSON));
                            long start = System.nanoTime() - began;
                            int code;
                            String body;
                            try {
                                String[] answer = client.execute(post, r -> new String[]{String.valueOf(r.getCode()),
                                        EntityUtils.toString(r.getEntity(), StandardCharsets.UTF_8)});
                                code = Integer.parseInt(answer[0]);
                                body = answer[1];
                            } catch (java.io.IOException e) {
                                code = -1;
                                body = e.toString();
                            }
                            long end = System.nanoTime() - began;
                            Matcher status = STATUS.matcher(body);
                            Matcher position = POSITION.matcher(body);
                            calls.add(new Call(person, instance, start, end, code, status.find() ? status.group(1) : body,
                                    position.find() ? Integer.parseInt(position.group(1)) : 0));
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> w : workers) {
                    w.get();
                }
            } finally {
                pool.shutdownNow();
            }
            return new ArrayList<>(calls);
        }
    }

    /** The confirmed count of the event every 50 ms on a connection of its own, until the rush has ended. */
    private Samples sample(long event, AtomicBoolean running) throws Exception {
        int samples = 0;
        long max = 0;
        boolean full = false;
        boolean dropped = false;
        long fullAfter = -1;
        long began = System.nanoTime();
        try (Connection c = raw().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM evt_registration WHERE event_id = ? AND status = 'CONFIRMED'")) {
            ps.setLong(1, event);
            boolean last = false;
            while (!last) {
                last = !running.get();
                long confirmed;
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    confirmed = rs.getLong(1);
                }
                samples++;
                max = Math.max(max, confirmed);
                if (confirmed == SEATS && !full) {
                    full = true;
                    fullAfter = (System.nanoTime() - began) / 1_000_000;
                }
                if (full && confirmed < SEATS) {
                    dropped = true;
                }
                if (!last) {
                    Thread.sleep(50);
                }
            }
        }
        return new Samples(samples, max, dropped, fullAfter);
    }

    private static Figures figures(List<Call> calls, long wallNanos) {
        long[] latencies = calls.stream().mapToLong(Call::latencyMicros).sorted().toArray();
        int errors = (int) calls.stream().filter(c -> c.code() != 201
                || !(c.status().equals("CONFIRMED") || c.status().equals("WAITLISTED"))).count();
        return new Figures(calls.size() / (wallNanos / 1e9), percentile(latencies, 50), percentile(latencies, 99), errors);
    }

    private static double percentile(long[] sortedMicros, double p) {
        int index = (int) Math.min(sortedMicros.length - 1, Math.ceil(p / 100.0 * sortedMicros.length) - 1);
        return sortedMicros[Math.max(0, index)] / 1000.0;
    }

    // --- checks ----------------------------------------------------------------------------------------------

    /** One registration as stored. */
    private record Row(long accountId, String status, long position, String booking, LocalDateTime queuedAt) {
    }

    /**
     * Checks the event's registrations against the answers and the rules; adds what fails to {@code problems} and
     * returns the batches the instances committed (in position order), for the ceiling.
     */
    private List<List<Long>> checkEvent(long event, long[] accountIds, List<Call> calls, Samples seen, List<String> problems)
            throws SQLException {
        if (seen.max() > SEATS) {
            problems.add("confirmed count sampled at " + seen.max());
        }
        if (seen.droppedAfterFull()) {
            problems.add("confirmed count fell below 30 after reaching it");
        }
        List<Row> rows = new ArrayList<>();
        try (Connection c = raw().getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT account_id, status, queue_position, booking_number, queued_at FROM evt_registration
                WHERE event_id = ? ORDER BY queue_position""")) {
            ps.setLong(1, event);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getTimestamp(5).toLocalDateTime()));
                }
            }
        }
        long confirmed = rows.stream().filter(r -> r.status().equals("CONFIRMED")).count();
        if (confirmed != SEATS) {
            problems.add(confirmed + " confirmed at the end");
        }
        if (rows.size() != calls.size()) {
            problems.add(rows.size() + " registrations stored for " + calls.size() + " calls");
        }
        Map<Long, Row> byAccount = new HashMap<>();
        List<List<Long>> batches = new ArrayList<>();
        LocalDateTime batchTime = null;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            byAccount.put(r.accountId(), r);
            if (r.position() != i + 1) {
                problems.add("position " + r.position() + " at place " + (i + 1));
                break;
            }
            if (!r.booking().equals(String.format(Locale.ROOT, "E%d-%04d", event, r.position()))) {
                problems.add("booking number " + r.booking() + " at position " + r.position());
                break;
            }
            if (r.status().equals("CONFIRMED") != (r.position() <= SEATS)) {
                problems.add(r.status() + " at position " + r.position());
                break;
            }
            if (batchTime != null && r.queuedAt().isBefore(batchTime)) {
                problems.add("position " + r.position() + " queued at " + r.queuedAt() + ", before position " + (i) + " at " + batchTime);
                break;
            }
            if (!r.queuedAt().equals(batchTime)) {
                batches.add(new ArrayList<>());
                batchTime = r.queuedAt();
            }
            batches.get(batches.size() - 1).add(r.accountId());
        }
        // The answers agree with what is stored.
        long[] position = new long[calls.size()];
        int disagreeing = 0;
        for (Call call : calls) {
            Row r = byAccount.get(accountIds[call.person() % accountIds.length]);
            if (r == null || !r.status().equals(call.status())
                    || (r.status().equals("WAITLISTED") && call.waitlistPosition() != r.position() - SEATS)) {
                disagreeing++;
            } else {
                position[call.person()] = r.position();
            }
        }
        if (disagreeing > 0) {
            problems.add(disagreeing + " answers disagree with the database");
        }
        // Arrival order seen from outside: a call answered before another was sent is ahead of it.
        Call[] byEnd = calls.toArray(Call[]::new);
        Arrays.sort(byEnd, Comparator.comparingLong(Call::endNanos));
        Call[] byStart = calls.toArray(Call[]::new);
        Arrays.sort(byStart, Comparator.comparingLong(Call::startNanos));
        int e = 0;
        long aheadMax = 0;
        int overtaken = 0;
        for (Call call : byStart) {
            while (e < byEnd.length && byEnd[e].endNanos() < call.startNanos()) {
                aheadMax = Math.max(aheadMax, position[byEnd[e].person()]);
                e++;
            }
            if (position[call.person()] != 0 && aheadMax > position[call.person()]) {
                overtaken++;
            }
        }
        if (overtaken > 0) {
            problems.add(overtaken + " calls placed behind a call sent after they were answered");
        }
        return batches;
    }

    // --- the ceiling -----------------------------------------------------------------------------------------

    /** The batches replayed on {@code event} by bare JDBC from {@code threads} threads; returns the wall time. */
    private static long replay(String url, long event, List<List<Long>> batches, int threads, CityClock clock) throws Exception {
        Properties props = new Properties();
        props.setProperty("user", "root");
        props.setProperty("password", "");
        props.setProperty("rewriteBatchedStatements", "true");
        props.setProperty("cachePrepStmts", "true");
        props.setProperty("useLocalSessionState", "true");
        List<Connection> connections = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, props); Statement s = c.createStatement()) {
            // Two app pools, the test's pool and one connection per thread: more than the server's default 100.
            s.execute("SET GLOBAL max_connections = GREATEST(@@max_connections, " + (threads + 200) + ")");
        }
        for (int i = 0; i < threads; i++) {
            Connection c = DriverManager.getConnection(url, props);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            c.setAutoCommit(false);
            connections.add(c);
        }
        ConcurrentLinkedQueue<List<Long>> queue = new ConcurrentLinkedQueue<>(batches);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (Connection c : connections) {
                workers.add(pool.submit(() -> {
                    go.await();
                    List<Long> batch;
                    while ((batch = queue.poll()) != null) {
                        registerBatch(c, event, batch, clock);
                    }
                    return null;
                }));
            }
            long began = System.nanoTime();
            go.countDown();
            for (Future<?> w : workers) {
                w.get();
            }
            return System.nanoTime() - began;
        } finally {
            pool.shutdownNow();
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** One batch as the service's transaction does it, minus everything but the database. */
    private static void registerBatch(Connection c, long event, List<Long> accounts, CityClock clock) throws SQLException {
        try {
            int capacity;
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM evt_event WHERE id = ? FOR UPDATE")) {
                ps.setLong(1, event);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    capacity = rs.getInt("capacity");
                }
            }
            long taken;
            long waiting;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT (SELECT COALESCE(SUM(1 + companions), 0) FROM evt_registration
                             WHERE event_id = ? AND status = 'CONFIRMED') AS taken,
                           (SELECT COUNT(*) FROM evt_registration WHERE event_id = ? AND status = 'WAITLISTED') AS waiting""")) {
                ps.setLong(1, event);
                ps.setLong(2, event);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    taken = rs.getLong(1);
                    waiting = rs.getLong(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM evt_registration WHERE event_id = ? AND account_id IN ("
                    + String.join(",", Collections.nCopies(accounts.size(), "?")) + ")")) {
                ps.setLong(1, event);
                for (int i = 0; i < accounts.size(); i++) {
                    ps.setLong(i + 2, accounts.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new IllegalStateException("registered twice");
                    }
                }
            }
            long position;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(queue_position), 0) FROM evt_registration WHERE event_id = ?")) {
                ps.setLong(1, event);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    position = rs.getLong(1);
                }
            }
            Timestamp now = Timestamp.valueOf(clock.now());
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO evt_registration (event_id, account_id, status, companions, answers, queued_at, confirmed_at,
                      cancelled_at, created_at, queue_position, booking_number) VALUES (?, ?, ?, 0, NULL, ?, ?, NULL, ?, ?, ?)""")) {
                for (long account : accounts) {
                    boolean fits = waiting == 0 && taken + 1 <= capacity;
                    position++;
                    ps.setLong(1, event);
                    ps.setLong(2, account);
                    ps.setString(3, fits ? "CONFIRMED" : "WAITLISTED");
                    ps.setTimestamp(4, now);
                    ps.setTimestamp(5, fits ? now : null);
                    ps.setTimestamp(6, now);
                    ps.setLong(7, position);
                    ps.setString(8, String.format(Locale.ROOT, "E%d-%04d", event, position));
                    ps.addBatch();
                    if (fits) {
                        taken++;
                    } else {
                        waiting++;
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    // --- the two app processes -------------------------------------------------------------------------------

    private static Process start(String url, int port, int instance, boolean jfr) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "@" + Path.of("src/main/jvm.options").toAbsolutePath()));
        if (jfr) {
            command.add("-XX:StartFlightRecording=filename=target/bench-rush-" + (char) ('a' + instance)
                    + ".jfr,settings=profile,dumponexit=true");
        }
        // Settings to try on both instances: -Dbench.appArgs=-Dname=value,-Dname=value
        for (String arg : System.getProperty("bench.appArgs", "").split(",")) {
            if (!arg.isBlank()) {
                command.add(arg);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "kyodo.Application"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("target/bench-rush-" + (char) ('a' + instance) + ".log"));
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("DATASOURCES_DEFAULT_URL", url);
        builder.environment().put("DATASOURCES_DEFAULT_USERNAME", "root");
        builder.environment().put("DATASOURCES_DEFAULT_PASSWORD", "");
        // 10,000 people calling from one address: only these processes get a per-address limit that lets them.
        builder.environment().put("KYODO_API_RATE_PER_ADDRESS", "1000000");
        return builder.start();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void waitForHealth(String base) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("an app instance did not answer /health within 3 minutes; see target/bench-rush-*.log");
    }

    // --- data ------------------------------------------------------------------------------------------------

    /** The token of the benchmark's citizen {@code i}: fixed, so a database seeded before is used again. */
    private static String secret(int i) {
        return "kyodo_rush2-bench-" + i;
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** The benchmark's citizens, each with a write token, inserted once per database; returns their ids by index. */
    private long[] seed(int citizens) throws Exception {
        LocalDateTime now = clock.now();
        try (Connection c = raw().getConnection()) {
            c.setAutoCommit(false);
            Map<String, Long> existing = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT email, id FROM core_account WHERE email LIKE 'rush2-%@bench.example.jp'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.put(rs.getString(1), rs.getLong(2));
                }
            }
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < citizens; i++) {
                if (!existing.containsKey(String.format(Locale.ROOT, EMAIL, i))) {
                    missing.add(i);
                }
            }
            if (!missing.isEmpty()) {
                try (PreparedStatement a = c.prepareStatement("""
                        INSERT INTO core_account (email, display_name, name_kana, password_hash, area, school_district, enabled,
                          created_at, updated_at) VALUES (?, ?, ?, '-', NULL, NULL, TRUE, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                    for (int i : missing) {
                        a.setString(1, String.format(Locale.ROOT, EMAIL, i));
                        a.setString(2, "Rush " + i);
                        a.setString(3, "らっしゅ");
                        a.setTimestamp(4, Timestamp.valueOf(now));
                        a.setTimestamp(5, Timestamp.valueOf(now));
                        a.addBatch();
                    }
                    a.executeBatch();
                    try (ResultSet keys = a.getGeneratedKeys()) {
                        for (int i : missing) {
                            keys.next();
                            existing.put(String.format(Locale.ROOT, EMAIL, i), keys.getLong(1));
                        }
                    }
                }
                try (PreparedStatement r = c.prepareStatement("INSERT INTO core_account_role (account_id, role, granted_at) VALUES (?, 'CITIZEN', ?)");
                     PreparedStatement t = c.prepareStatement("""
                             INSERT INTO core_access_token (account_id, name, token_hash, scope, created_at, expires_at)
                             VALUES (?, 'rush benchmark', ?, 'write', ?, ?)""")) {
                    for (int i : missing) {
                        long id = existing.get(String.format(Locale.ROOT, EMAIL, i));
                        r.setLong(1, id);
                        r.setTimestamp(2, Timestamp.valueOf(now));
                        r.addBatch();
                        t.setLong(1, id);
                        t.setString(2, sha256(secret(i)));
                        t.setTimestamp(3, Timestamp.valueOf(now));
                        t.setTimestamp(4, Timestamp.valueOf(now.plusDays(300)));
                        t.addBatch();
                    }
                    r.executeBatch();
                    t.executeBatch();
                }
            }
            c.commit();
            long[] ids = new long[citizens];
            for (int i = 0; i < citizens; i++) {
                ids[i] = existing.get(String.format(Locale.ROOT, EMAIL, i));
            }
            return ids;
        }
    }

    private long newEvent(String title) throws SQLException {
        try (Connection c = raw().getConnection()) {
            return BenchEvents.insertPublished(c, title, SEATS, clock.now());
        }
    }

    private long count(String sql, long eventId) throws SQLException {
        try (Connection c = raw().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
