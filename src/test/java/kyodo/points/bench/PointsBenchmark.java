package kyodo.points.bench;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.FiscalYear;
import kyodo.events.bench.HttpLoad;
import kyodo.points.PointsFixture;
import kyodo.points.internal.AwardService;
import kyodo.points.internal.RuleSet.Source;
import kyodo.points.internal.YearEndJob;
import kyodo.support.TestAccounts.TestAccount;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Points at scale (issue 12, "Measured"): with 100,000 volunteers and 2,000,000 ledger entries,
 * <ol>
 * <li>a volunteer's balance and history page (GET /points, GET /api/v1/points/me) signed in, under
 *     load from a second process: p50/p95 beside the ceiling, the very SQL statements the page sent
 *     (caught in the server's general log) replayed over plain JDBC at the same concurrency;</li>
 * <li>1,000 awards at once for 100 volunteers at or near their daily and yearly caps, through
 *     {@link AwardService#award}: awards/s beside the ceiling (the bare lock, cap read, INSERT and
 *     UPDATE over JDBC), and the points counted per volunteer against the caps (asserted exact);</li>
 * <li>the year end (the {@link YearEndJob} bean the admin page runs) over 100,000 accounts, one closed
 *     fiscal year per run: seconds beside the ceiling (over JDBC, batches of 500: the job's read, one
 *     lock of the batch, an INSERT and an UPDATE per account; rolled back), then run again and the
 *     transfers counted (asserted unchanged).</li>
 * </ol>
 * The data: every volunteer has an account in each of the last {@code bench.runs} closed fiscal
 * years and in the current one; the entries (awards from the issuer, each with its pts_award
 * decision) are spread over them, 1 or 2 points each within the caps; the signed-in volunteers have a
 * full current year (25 entries). Seeded over raw JDBC with multi-row INSERTs, nothing switched off.
 * Figures are medians of {@code bench.runs} runs (after a warm-up); nothing timed is asserted.
 * Run: ./mvnw -Pbench test -Dtest=PointsBenchmark (-Dbench.volunteers=100000 -Dbench.entries=2000000
 * -Dbench.runs=3 -Dbench.clients=4 -Dbench.requests=2000 -Dbench.threads=20).
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
class PointsBenchmark {

    static final int VOLUNTEERS = Integer.getInteger("bench.volunteers", 100_000);
    static final long ENTRIES = Long.getLong("bench.entries", 2_000_000L);
    static final int RUNS = Integer.getInteger("bench.runs", 3);
    static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    static final int REQUESTS = Integer.getInteger("bench.requests", 2000);
    static final int PAGE_VOLUNTEERS = Integer.getInteger("bench.pageVolunteers", 50);
    static final int AWARD_VOLUNTEERS = Integer.getInteger("bench.awardVolunteers", 100);
    static final int AWARDS = Integer.getInteger("bench.awards", 1000);
    static final int THREADS = Integer.getInteger("bench.threads", 20);
    /** Volunteers nobody signs in as need no portal account: their ledger owner ids start here. */
    static final long SYNTHETIC_OWNER = 1_000_000_000L;
    static final int MAX_PER_YEAR = 25;
    static final int BATCH = 1000;
    static final int YEAR_END_BATCH = 500;

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;
    @Inject
    AwardService awards;
    @Inject
    YearEndJob yearEnd;
    @Inject
    PointsFixture fixture;
    @Inject
    CityClock clock;

    private final List<String> failures = new ArrayList<>();

    private DataSource raw() {
        return DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Test
    void pointsAtScale() throws Exception {
        int current = clock.fiscalYear().startYear();
        List<Integer> years = new ArrayList<>();
        for (int y = current - RUNS; y <= current; y++) {
            years.add(y);
        }
        System.out.printf(Locale.ROOT, "%nBENCHMARK points: %,d volunteers, %,d ledger entries, fiscal years %s, %d runs, today %s%n",
                VOLUNTEERS, ENTRIES, years, RUNS, clock.today());
        long t0 = System.nanoTime();
        List<TestAccount> signedIn = parallel(PAGE_VOLUNTEERS, 4, i -> fixture.volunteer());
        Seed seed = seed(signedIn, years);
        System.out.printf(Locale.ROOT, "  seeded in %.1f s: %,d volunteer accounts of %,d volunteers, %,d transfers, %,d award decisions%n",
                (System.nanoTime() - t0) / 1e9, count("SELECT COUNT(*) FROM pts_account WHERE kind = 'VOLUNTEER'"),
                count("SELECT COUNT(DISTINCT owner_id) FROM pts_account WHERE kind = 'VOLUNTEER'"),
                count("SELECT COUNT(*) FROM pts_transfer"), count("SELECT COUNT(*) FROM pts_award"));

        page(signedIn, seed, current);
        awards(current);
        yearEnds(years.subList(0, RUNS), seed);

        System.out.println();
        failures.forEach(f -> System.out.println("  FAILED: " + f));
        assertTrue(failures.isEmpty(), String.join("; ", failures));
    }

    // ---------------------------------------------------------------- the data

    /** What was seeded: the balance of each volunteer in each year, to check the pages and the year end. */
    record Seed(long[] owners, int[] years, long[] balances) {
        long balance(int volunteer, int year) {
            for (int y = 0; y < years.length; y++) {
                if (years[y] == year) {
                    return balances[volunteer * years.length + y];
                }
            }
            return 0;
        }

        long total(int year) {
            long sum = 0;
            for (int v = 0; v < owners.length; v++) {
                sum += balance(v, year);
            }
            return sum;
        }
    }

    /** 1 point for every third entry (an hour), 2 for the others (two hours or more, the daily cap). */
    static int points(int k) {
        return k % 3 == 2 ? 1 : 2;
    }

    static long balanceOf(int entries) {
        return 2L * entries - entries / 3;
    }

    private Seed seed(List<TestAccount> signedIn, List<Integer> yearList) throws SQLException {
        int n = VOLUNTEERS;
        int ys = yearList.size();
        int current = yearList.get(ys - 1);
        long slots = (long) n * ys;
        if (ENTRIES > slots * MAX_PER_YEAR || ENTRIES < slots) {
            throw new IllegalArgumentException("bench.entries must lie between one and " + MAX_PER_YEAR + " per volunteer and year");
        }
        // Entries per volunteer and year: the same on average, more for one of a pair and fewer for the other.
        int base = (int) (ENTRIES / slots);
        long extra = ENTRIES % slots;
        byte[] counts = new byte[(int) slots];
        for (int s = 0; s < slots; s++) {
            int volunteer = s / ys;
            int swing = Math.min((volunteer / 2) % 4, Math.min(base - 1, MAX_PER_YEAR - base - 1));
            int c = base + (s < extra ? 1 : 0);
            if (volunteer + 1 < n || n % 2 == 0) {
                c += volunteer % 2 == 0 ? swing : -swing;
            }
            counts[s] = (byte) c;
        }
        // The signed-in volunteers have a full current year; the others give up what that takes.
        long excess = 0;
        for (int v = 0; v < Math.min(signedIn.size(), n); v++) {
            int s = v * ys + ys - 1;
            excess += MAX_PER_YEAR - counts[s];
            counts[s] = MAX_PER_YEAR;
        }
        for (int s = (int) slots - 1; excess != 0 && s >= signedIn.size() * ys; s--) {
            if (excess > 0 && counts[s] > 1) {
                counts[s]--;
                excess--;
            } else if (excess < 0 && counts[s] < MAX_PER_YEAR) {
                counts[s]++;
                excess++;
            }
            if (s == signedIn.size() * ys && excess != 0) {
                s = (int) slots;
            }
        }
        long[] owners = new long[n];
        long[] balances = new long[(int) slots];
        for (int v = 0; v < n; v++) {
            owners[v] = v < signedIn.size() ? signedIn.get(v).id() : SYNTHETIC_OWNER + v;
        }
        int[] years = yearList.stream().mapToInt(Integer::intValue).toArray();
        LocalDate today = clock.today();
        try (Connection c = raw().getConnection(); Ledger ledger = new Ledger(c)) {
            c.setAutoCommit(false);
            for (int s = 0; s < slots; s++) {
                balances[s] = balanceOf(counts[s]);
                ledger.account(ledger.firstAccount + s, owners[s / ys], years[s % ys], balances[s]);
            }
            ledger.flush();
            long written = 0;
            for (int s = 0; s < slots; s++) {
                int v = s / ys;
                int year = years[s % ys];
                int c2 = counts[s];
                LocalDate first = LocalDate.of(year, 4, 1);
                int span = year == current ? (int) Math.max(1, ChronoUnit.DAYS.between(first, today) + 1) : 365;
                int gap = Math.max(1, span / c2);
                for (int k = 0; k < c2; k++) {
                    LocalDate day = first.plusDays(Math.min(span - 1, (long) k * span / c2 + v % gap));
                    ledger.entry(ledger.firstAccount + s, owners[v], year, day, points(k), "bench:" + owners[v] + ":" + year + ":" + k,
                            v + k, "地区" + (v % 12));
                    if (++written % 500_000 == 0) {
                        System.out.printf(Locale.ROOT, "  … %,d entries%n", written);
                    }
                }
            }
            ledger.flush();
            c.commit();
        }
        try (Connection c = raw().getConnection(); Statement st = c.createStatement()) {
            // What the server would know of tables this size after its own statistics sampling.
            st.execute("ANALYZE TABLE pts_account, pts_transfer, pts_award");
        }
        return new Seed(owners, years, balances);
    }

    /**
     * Writes accounts and award entries (a transfer from the issuer and its pts_award decision) as
     * multi-row INSERTs, with ids chosen here so that no row has to be read back.
     */
    final class Ledger implements AutoCloseable {
        final Connection c;
        final long issuer;
        final long firstAccount;
        long nextTransfer;
        long nextAward;
        final PreparedStatement accounts;
        final PreparedStatement transfers;
        final PreparedStatement decisions;
        int pendingAccounts;
        int pendingEntries;
        long sinceCommit;

        Ledger(Connection c) throws SQLException {
            this.c = c;
            this.issuer = single(c, "SELECT id FROM pts_account WHERE kind = 'ISSUER'");
            this.firstAccount = single(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM pts_account");
            this.nextTransfer = single(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM pts_transfer");
            this.nextAward = single(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM pts_award");
            accounts = c.prepareStatement("INSERT INTO pts_account (id, kind, owner_id, fiscal_year, balance) VALUES (?, 'VOLUNTEER', ?, ?, ?)");
            transfers = c.prepareStatement("""
                    INSERT INTO pts_transfer (id, from_account_id, to_account_id, points, kind, source_key, reverses_id, reason,
                      created_by, created_at) VALUES (?, ?, ?, ?, 'AWARD', ?, NULL, NULL, NULL, ?)""");
            decisions = c.prepareStatement("""
                    INSERT INTO pts_award (id, source_key, source_type, source_id, volunteer_id, fiscal_year, activity_date, minutes,
                      host_group_id, district, label, points_earned, points_awarded, points_over_cap, reversed_points, transfer_id,
                      created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, 0, 0, ?, ?)""");
        }

        void account(long id, long owner, int year, long balance) throws SQLException {
            accounts.setLong(1, id);
            accounts.setLong(2, owner);
            accounts.setInt(3, year);
            accounts.setLong(4, balance);
            accounts.addBatch();
            if (++pendingAccounts == BATCH) {
                accounts.executeBatch();
                pendingAccounts = 0;
            }
        }

        void entry(long account, long owner, int year, LocalDate day, int points, String key, long sourceId, String district)
                throws SQLException {
            if (pendingAccounts > 0) {
                accounts.executeBatch();
                pendingAccounts = 0;
            }
            Source[] sources = Source.values();
            Source source = sources[(int) (sourceId % sources.length)];
            Timestamp at = Timestamp.valueOf(day.atTime(18, 0).plusSeconds(sourceId % 3600));
            long transfer = nextTransfer++;
            transfers.setLong(1, transfer);
            transfers.setLong(2, issuer);
            transfers.setLong(3, account);
            transfers.setInt(4, points);
            transfers.setString(5, key);
            transfers.setTimestamp(6, at);
            transfers.addBatch();
            decisions.setLong(1, nextAward++);
            decisions.setString(2, key);
            decisions.setString(3, source.name());
            decisions.setLong(4, sourceId);
            decisions.setLong(5, owner);
            decisions.setInt(6, year);
            decisions.setObject(7, day);
            decisions.setInt(8, points * 60);
            decisions.setString(9, district);
            decisions.setString(10, source == Source.EVENT_ATTENDANCE ? "まちづくり講座 第" + (sourceId % 40 + 1) + "回"
                    : source == Source.HOST_ACTIVITY ? "ふれあいサロン 受付・片付け" : "");
            decisions.setInt(11, points);
            decisions.setInt(12, points);
            decisions.setLong(13, transfer);
            decisions.setTimestamp(14, at);
            decisions.addBatch();
            if (++pendingEntries == BATCH) {
                flushEntries();
            }
        }

        private void flushEntries() throws SQLException {
            transfers.executeBatch();
            decisions.executeBatch();
            sinceCommit += pendingEntries;
            pendingEntries = 0;
            if (sinceCommit >= 100_000) {
                c.commit();
                sinceCommit = 0;
            }
        }

        void flush() throws SQLException {
            if (pendingAccounts > 0) {
                accounts.executeBatch();
                pendingAccounts = 0;
            }
            if (pendingEntries > 0) {
                flushEntries();
            }
        }

        @Override
        public void close() throws SQLException {
            accounts.close();
            transfers.close();
            decisions.close();
        }
    }

    // ---------------------------------------------------------------- 1. the page

    private void page(List<TestAccount> people, Seed seed, int current) throws Exception {
        PointsLoad load = new PointsLoad(server.getURL().toString());
        HttpLoad login = new HttpLoad(server.getURL().toString());
        List<String> cookies = parallel(people.size(), 4, i -> {
            try {
                HttpLoad.Person p = login.logIn(people.get(i).email(), people.get(i).password());
                return "kyodo_token=" + p.token() + "; kyodo_csrf=" + p.csrf();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Path cookieFile = Files.createTempFile("points-bench-cookies", ".txt");
        Files.write(cookieFile, cookies, StandardCharsets.UTF_8);

        // What the volunteers see is what was seeded.
        for (int v = 0; v < people.size(); v++) {
            String json = load.body("/api/v1/points/me", cookies.get(v), "application/json");
            long shown = Long.parseLong(field(json, "balance"));
            if (shown != seed.balance(v, current) || count("SELECT COUNT(*) FROM pts_award WHERE volunteer_id = ? AND fiscal_year = ?",
                    seed.owners()[v], current) != MAX_PER_YEAR) {
                failures.add("page: volunteer " + v + " shows balance " + shown + ", seeded " + seed.balance(v, current));
            }
            load.body("/points", cookies.get(v), "text/html");
        }

        List<String> paths = List.of("/points", "/api/v1/points/me");
        Map<String, List<List<String>>> statements = new LinkedHashMap<>();
        for (String path : paths) {
            statements.put(path, captureSql(load, path, cookies));
        }
        System.out.printf(Locale.ROOT, "%n  1. A volunteer's balance and history page: %d signed-in volunteers (%d entries this year each, "
                + "%d accounts each), %d concurrent clients in a second process, %,d requests per run and path%n",
                people.size(), MAX_PER_YEAR, seed.years().length, CLIENTS, REQUESTS);
        for (String path : paths) {
            List<String> first = statements.get(path).get(0);
            System.out.printf(Locale.ROOT, "     %s sends %d SQL statements (the ceiling replays them): %s%n", path, first.size(),
                    summary(first));
            if (Boolean.getBoolean("bench.showSql")) {
                first.forEach(q -> System.out.println("       " + (q.length() > 200 ? q.substring(0, 200) + " …" : q)));
            }
        }
        // The ceiling's own warm-up (the HTTP side warms up in its process).
        for (String path : paths) {
            List<List<String>> sql = statements.get(path);
            HttpLoad.run(CLIENTS, REQUESTS, 1, i -> replay(sql.get(i % sql.size())));
        }
        Map<String, List<double[]>> http = new HashMap<>();
        Map<String, List<double[]>> jdbc = new HashMap<>();
        for (int run = 1; run <= RUNS; run++) {
            for (String path : paths) {
                double[] h = httpLoad(path, cookieFile);
                List<List<String>> sql = statements.get(path);
                HttpLoad.Result r = HttpLoad.run(CLIENTS, REQUESTS, 1, i -> replay(sql.get(i % sql.size())));
                double[] j = {r.percentileMillis(50), r.percentileMillis(95), r.throughput(), r.errors()};
                http.computeIfAbsent(path, p -> new ArrayList<>()).add(h);
                jdbc.computeIfAbsent(path, p -> new ArrayList<>()).add(j);
                System.out.printf(Locale.ROOT, "     run %d %-20s HTTP p50 %6.2f ms p95 %6.2f ms %7.1f/s errors %.0f | JDBC ceiling p50 %5.2f ms "
                        + "p95 %5.2f ms %7.1f/s errors %.0f%n", run, path, h[0], h[1], h[2], h[3], j[0], j[1], j[2], j[3]);
                if (h[3] > 0 || j[3] > 0) {
                    failures.add("page: errors on " + path + " in run " + run);
                }
            }
        }
        for (String path : paths) {
            double p50 = median(http.get(path), 0);
            double p95 = median(http.get(path), 1);
            double c50 = median(jdbc.get(path), 0);
            double c95 = median(jdbc.get(path), 1);
            System.out.printf(Locale.ROOT, "     Median %-20s HTTP p50 %.2f ms, p95 %.2f ms (target p95 < 50 ms: %s), %.1f/s | JDBC ceiling "
                    + "p50 %.2f ms, p95 %.2f ms, %.1f/s | p95 HTTP/ceiling %.1fx, throughput HTTP/ceiling %.2f%n",
                    path, p50, p95, p95 < 50 ? "met" : "NOT met", median(http.get(path), 2), c50, c95,
                    median(jdbc.get(path), 2), p95 / c95, median(http.get(path), 2) / median(jdbc.get(path), 2));
        }
        Files.deleteIfExists(cookieFile);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private double[] httpLoad(String path, Path cookies) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // As little of the two shared cores as it can take: the client compiler only, the serial collector.
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                PointsLoad.class.getName(), server.getURL().toString(), Integer.toString(CLIENTS), Integer.toString(REQUESTS),
                path, cookies.toString())
                .redirectErrorStream(true).start();
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                last = line;
            }
        }
        if (process.waitFor() != 0 || last == null) {
            throw new IllegalStateException("The load process failed: " + last);
        }
        String[] f = last.trim().split(" ");
        return new double[]{Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])};
    }

    /**
     * The SQL one request of {@code path} sends, per volunteer: the server's general log (a table) is
     * switched on around one request, then off again before anything is measured. Statements of the
     * background jobs (event publications, the mail outbox) and of this connection are left out, and so
     * are the transaction statements (autocommit, commit): the ceiling runs the reads and writes only.
     */
    private List<List<String>> captureSql(PointsLoad load, String path, List<String> cookies) throws Exception {
        List<List<String>> all = new ArrayList<>();
        try (Connection c = raw().getConnection(); Statement st = c.createStatement()) {
            long me = single(c, "SELECT CONNECTION_ID()");
            st.execute("SET GLOBAL log_output = 'TABLE'");
            st.execute("SET GLOBAL general_log = 'ON'");
            try {
                for (String cookie : cookies) {
                    st.execute("TRUNCATE TABLE mysql.general_log");
                    if (load.get(path, cookie, PointsLoad.accept(path)) != 200) {
                        throw new IllegalStateException(path + " failed");
                    }
                    List<String> sql = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery("SELECT thread_id, CONVERT(argument USING utf8mb4) FROM mysql.general_log "
                            + "WHERE command_type = 'Query' ORDER BY event_time")) {
                        while (rs.next()) {
                            String q = rs.getString(2).strip();
                            String lower = q.toLowerCase(Locale.ROOT);
                            if (rs.getLong(1) == me || lower.contains("core_event_publication") || lower.contains("core_outbox")
                                    || lower.startsWith("set ") || lower.equals("commit") || lower.equals("rollback")
                                    || lower.startsWith("select @@") || lower.startsWith("/* ping */")) {
                                continue;
                            }
                            sql.add(q);
                        }
                    }
                    all.add(sql);
                }
            } finally {
                st.execute("SET GLOBAL general_log = 'OFF'");
                st.execute("TRUNCATE TABLE mysql.general_log");
            }
        }
        return all;
    }

    /** The tables the statements read, and how many of them there are. */
    private static String summary(List<String> sql) {
        Map<String, Integer> byTable = new LinkedHashMap<>();
        Pattern table = Pattern.compile("(?i)\\b(?:from|into|update)\\s+`?(\\w+)`?");
        for (String q : sql) {
            Matcher m = table.matcher(q);
            String verb = q.split("\\s+")[0].toUpperCase(Locale.ROOT);
            byTable.merge(verb + " " + (m.find() ? m.group(1) : "?"), 1, Integer::sum);
        }
        return byTable.toString();
    }

    /** One page's SQL over plain JDBC, one connection, every row read. Returns 1 when all ran. */
    private int replay(List<String> sql) {
        try (Connection c = raw().getConnection(); Statement st = c.createStatement()) {
            for (String q : sql) {
                if (st.execute(q)) {
                    try (ResultSet rs = st.getResultSet()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                rs.getObject(i);
                            }
                        }
                    }
                }
            }
            return 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- 2. the awards

    /** A volunteer before the rush: this much room left in the year and on day D (day D + 1 is untouched). */
    record AtCap(long owner, int yearRoom, int dayRoom) {
        int expected() {
            return Math.min(yearRoom, dayRoom + 2);
        }
    }

    private void awards(int current) throws Exception {
        FiscalYear fy = new FiscalYear(current);
        LocalDate day = clock.today().minusDays(1);
        if (day.isBefore(fy.firstDay().plusDays(30))) {
            day = fy.firstDay().plusDays(30);
        }
        LocalDate dayD = day;
        int dailyCap = (int) count("SELECT daily_cap FROM pts_rule_set WHERE fiscal_year = ?", current);
        int yearlyCap = (int) count("SELECT yearly_cap FROM pts_rule_set WHERE fiscal_year = ?", current);
        long perVolunteer = AWARDS / AWARD_VOLUNTEERS;
        System.out.printf(Locale.ROOT, "%n  2. %,d awards at once for %d volunteers at or near their caps (daily %d, yearly %d), %d awards of "
                + "2 points each (half on %s with 0–2 points of room, half on %s), %d threads; each run %d fresh volunteers per side%n",
                AWARDS, AWARD_VOLUNTEERS, dailyCap, yearlyCap, perVolunteer, dayD, dayD.plusDays(1), THREADS, AWARD_VOLUNTEERS);
        List<Double> service = new ArrayList<>();
        List<Double> servicePerAward = new ArrayList<>();
        List<Double> ceiling = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            String label = run == 0 ? "warm-up" : "run " + run;
            List<AtCap> a = atCaps(current, dayD, dailyCap, yearlyCap);
            String keyA = "bench-award:" + run + ":";
            HttpLoad.Result s = HttpLoad.run(THREADS, AWARDS, 1, reported("AwardService " + label, i -> {
                AtCap v = a.get(i % a.size());
                int nth = i / a.size();
                LocalDate on = nth < perVolunteer / 2 ? dayD : dayD.plusDays(1);
                awards.award(new AwardService.Earning(Source.HOST_ACTIVITY, i, keyA + i, v.owner(), on, 120, null,
                        "ベンチマーク活動", null));
                return 1;
            }));
            String countedA = countCaps("AwardService " + label, a, keyA, current, dayD, dailyCap, yearlyCap, s.errors());

            List<AtCap> b = atCaps(current, dayD, dailyCap, yearlyCap);
            String keyB = "bench-ceiling:" + run + ":";
            long issuer = count("SELECT id FROM pts_account WHERE kind = 'ISSUER'");
            HttpLoad.Result j = HttpLoad.run(THREADS, AWARDS, 1, reported("JDBC ceiling " + label, i -> {
                AtCap v = b.get(i % b.size());
                int nth = i / b.size();
                LocalDate on = nth < perVolunteer / 2 ? dayD : dayD.plusDays(1);
                return awardOverJdbc(issuer, v.owner(), current, on, keyB + i, i, dailyCap, yearlyCap);
            }));
            String countedB = countCaps("JDBC ceiling " + label, b, keyB, current, dayD, dailyCap, yearlyCap, j.errors());
            System.out.printf(Locale.ROOT, "     %-7s AwardService %7.1f awards/s (p50 %.1f ms, p95 %.1f ms, errors %d; %s) | JDBC ceiling %7.1f awards/s "
                    + "(errors %d; %s)%n", label, s.throughput(), s.percentileMillis(50), s.percentileMillis(95), s.errors(), countedA,
                    j.throughput(), j.errors(), countedB);
            if (run > 0) {
                service.add(s.throughput());
                servicePerAward.add(s.percentileMillis(95));
                ceiling.add(j.throughput());
            }
        }
        double sv = medianOf(service);
        double cv = medianOf(ceiling);
        System.out.printf(Locale.ROOT, "     Median: AwardService %.1f awards/s (p95 %.1f ms), JDBC ceiling %.1f awards/s, ratio %.2f%n",
                sv, medianOf(servicePerAward), cv, sv / cv);
    }

    /**
     * {@link #AWARD_VOLUNTEERS} new volunteers, each with a current-year account holding what its
     * awards so far gave: yearly cap less 0–4 points (of which dailyCap less 0–2 on day D). Every
     * combination of the two rooms is there (5 x 3, coprime).
     */
    private List<AtCap> atCaps(int current, LocalDate dayD, int dailyCap, int yearlyCap) throws Exception {
        List<TestAccount> people = parallel(AWARD_VOLUNTEERS, 4, i -> fixture.volunteer());
        List<AtCap> out = new ArrayList<>();
        LocalDate first = new FiscalYear(current).firstDay();
        try (Connection c = raw().getConnection(); Ledger ledger = new Ledger(c)) {
            c.setAutoCommit(false);
            long id = ledger.firstAccount;
            List<long[]> accounts = new ArrayList<>();
            for (int v = 0; v < people.size(); v++) {
                AtCap a = new AtCap(people.get(v).id(), v % 5, v % 3);
                out.add(a);
                ledger.account(id, a.owner(), current, yearlyCap - a.yearRoom());
                accounts.add(new long[]{id++, a.owner()});
            }
            ledger.flush();
            for (int v = 0; v < people.size(); v++) {
                AtCap a = out.get(v);
                long account = accounts.get(v)[0];
                int onD = dailyCap - a.dayRoom();
                int rest = yearlyCap - a.yearRoom() - onD;
                int k = 0;
                if (onD > 0) {
                    ledger.entry(account, a.owner(), current, dayD, onD, "bench-cap:" + a.owner() + ":" + k++, k, "中央地区");
                }
                for (int d = 0; rest > 0; d++) {
                    int p = Math.min(dailyCap, rest);
                    LocalDate on = first.plusDays(d);
                    ledger.entry(account, a.owner(), current, on.isBefore(dayD) ? on : dayD.minusDays(1), p,
                            "bench-cap:" + a.owner() + ":" + k++, k, "中央地区");
                    rest -= p;
                }
            }
            ledger.flush();
            c.commit();
        }
        return out;
    }

    /**
     * The bare award transaction: lock the volunteer's account, read the day's and the year's standing
     * (one query), post what fits (INSERT the transfer, UPDATE the balance), INSERT the decision, commit.
     */
    private int awardOverJdbc(long issuer, long owner, int year, LocalDate day, String key, long sourceId, int dailyCap, int yearlyCap) {
        try (Connection c = raw().getConnection()) {
            c.setAutoCommit(false);
            try {
                long account;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT id FROM pts_account WHERE kind = 'VOLUNTEER' AND owner_id = ? AND fiscal_year = ? FOR UPDATE")) {
                    ps.setLong(1, owner);
                    ps.setInt(2, year);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        account = rs.getLong(1);
                    }
                }
                int onDay;
                int inYear;
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT (SELECT COALESCE(SUM(points_awarded - reversed_points), 0) FROM pts_award WHERE volunteer_id = ? AND activity_date = ?),
                               (SELECT COALESCE(SUM(points_awarded - reversed_points), 0) FROM pts_award WHERE volunteer_id = ? AND fiscal_year = ?)""")) {
                    ps.setLong(1, owner);
                    ps.setObject(2, day);
                    ps.setLong(3, owner);
                    ps.setInt(4, year);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        onDay = rs.getInt(1);
                        inYear = rs.getInt(2);
                    }
                }
                int earned = 2;
                int awarded = Math.min(earned, Math.max(0, Math.min(dailyCap - onDay, yearlyCap - inYear)));
                Timestamp now = Timestamp.valueOf(clock.now());
                Long transfer = null;
                if (awarded > 0) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO pts_transfer (from_account_id, to_account_id, points, kind, "
                            + "source_key, created_at) VALUES (?, ?, ?, 'AWARD', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                        ps.setLong(1, issuer);
                        ps.setLong(2, account);
                        ps.setInt(3, awarded);
                        ps.setString(4, key);
                        ps.setTimestamp(5, now);
                        ps.executeUpdate();
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            keys.next();
                            transfer = keys.getLong(1);
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement("UPDATE pts_account SET balance = balance + ? WHERE id = ?")) {
                        ps.setInt(1, awarded);
                        ps.setLong(2, account);
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO pts_award (source_key, source_type, source_id, volunteer_id, fiscal_year, activity_date, minutes,
                          label, points_earned, points_awarded, points_over_cap, reversed_points, transfer_id, created_at)
                        VALUES (?, 'HOST_ACTIVITY', ?, ?, ?, ?, 120, 'ベンチマーク活動', ?, ?, ?, 0, ?, ?)""")) {
                    ps.setString(1, key);
                    ps.setLong(2, sourceId);
                    ps.setLong(3, owner);
                    ps.setInt(4, year);
                    ps.setObject(5, day);
                    ps.setInt(6, earned);
                    ps.setInt(7, awarded);
                    ps.setInt(8, earned - awarded);
                    ps.setObject(9, transfer);
                    ps.setTimestamp(10, now);
                    ps.executeUpdate();
                }
                c.commit();
                return 1;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts what the rush posted per volunteer against what the caps leave; records a failure when one is off. */
    private String countCaps(String label, List<AtCap> people, String keyPrefix, int year, LocalDate dayD, int dailyCap, int yearlyCap,
                             int errors) throws SQLException {
        int exact = 0;
        long posted = 0;
        long expected = 0;
        long decisions = 0;
        long over = 0;
        List<String> wrong = new ArrayList<>();
        try (Connection c = raw().getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT (SELECT COUNT(*) FROM pts_award WHERE volunteer_id = ? AND source_key LIKE ?),
                       (SELECT COALESCE(SUM(points_awarded), 0) FROM pts_award WHERE volunteer_id = ? AND source_key LIKE ?),
                       (SELECT COALESCE(SUM(t.points), 0) FROM pts_transfer t WHERE t.source_key LIKE ? AND t.to_account_id =
                          (SELECT id FROM pts_account WHERE kind = 'VOLUNTEER' AND owner_id = ? AND fiscal_year = ?)),
                       (SELECT balance FROM pts_account WHERE kind = 'VOLUNTEER' AND owner_id = ? AND fiscal_year = ?),
                       (SELECT COALESCE(SUM(points_awarded - reversed_points), 0) FROM pts_award WHERE volunteer_id = ? AND fiscal_year = ?),
                       (SELECT COALESCE(SUM(points_awarded - reversed_points), 0) FROM pts_award WHERE volunteer_id = ? AND activity_date = ?),
                       (SELECT COALESCE(SUM(points_awarded - reversed_points), 0) FROM pts_award WHERE volunteer_id = ? AND activity_date = ?),
                       (SELECT COALESCE(SUM(points_awarded + points_over_cap), 0) FROM pts_award WHERE volunteer_id = ? AND source_key LIKE ?)""")) {
            for (AtCap p : people) {
                String like = keyPrefix + "%";
                Object[] args = {p.owner(), like, p.owner(), like, like, p.owner(), year, p.owner(), year, p.owner(), year,
                        p.owner(), dayD, p.owner(), dayD.plusDays(1), p.owner(), like};
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long rows = rs.getLong(1);
                    long awarded = rs.getLong(2);
                    long transferred = rs.getLong(3);
                    long balance = rs.getLong(4);
                    long inYear = rs.getLong(5);
                    long onD = rs.getLong(6);
                    long onNext = rs.getLong(7);
                    long earned = rs.getLong(8);
                    decisions += rows;
                    posted += awarded;
                    expected += p.expected();
                    boolean ok = awarded == p.expected() && transferred == awarded && balance == yearlyCap - p.yearRoom() + awarded
                            && inYear <= yearlyCap && onD <= dailyCap && onNext <= dailyCap && earned == 2 * rows;
                    if (ok) {
                        exact++;
                    } else if (wrong.size() < 5) {
                        wrong.add(String.format(Locale.ROOT, "volunteer %d (room year %d, day %d): awarded %d, expected %d, transferred %d, "
                                + "balance %d, year %d, day D %d, day D+1 %d", p.owner(), p.yearRoom(), p.dayRoom(), awarded,
                                p.expected(), transferred, balance, inYear, onD, onNext));
                    }
                    if (inYear > yearlyCap || onD > dailyCap || onNext > dailyCap) {
                        over++;
                    }
                }
            }
        }
        if (exact != people.size() || decisions != AWARDS || errors > 0) {
            failures.add(label + ": " + exact + " of " + people.size() + " volunteers exactly at the caps, " + decisions + " of "
                    + AWARDS + " awards decided, " + errors + " errors " + wrong);
        }
        return String.format(Locale.ROOT, "posted %d of %d points the caps left, %d/%d volunteers exact, %d over a cap, %d/%d decided",
                posted, expected, exact, people.size(), over, decisions, AWARDS);
    }

    // ---------------------------------------------------------------- 3. the year end

    private void yearEnds(List<Integer> closed, Seed seed) throws SQLException {
        System.out.printf(Locale.ROOT, "%n  3. Year end over %,d accounts, one closed fiscal year per run (%s); ceiling over JDBC: per batch of %d "
                + "the same read and one lock of its accounts, per account an INSERT and an UPDATE; rolled back (the rollback not timed)%n", VOLUNTEERS, closed, YEAR_END_BATCH);
        List<Double> jobs = new ArrayList<>();
        List<Double> ceilings = new ArrayList<>();
        for (int r = 0; r < closed.size(); r++) {
            int year = closed.get(r);
            FiscalYear fy = new FiscalYear(year);
            double ceiling = yearEndOverJdbc(year);
            long before = count("SELECT COUNT(*) FROM pts_transfer");
            long t0 = System.nanoTime();
            YearEndJob.Result first = yearEnd.run(fy);
            double firstS = (System.nanoTime() - t0) / 1e9;
            long afterFirst = count("SELECT COUNT(*) FROM pts_transfer");
            long t1 = System.nanoTime();
            YearEndJob.Result second = yearEnd.run(fy);
            double secondS = (System.nanoTime() - t1) / 1e9;
            long afterSecond = count("SELECT COUNT(*) FROM pts_transfer");
            long left = count("SELECT COALESCE(SUM(balance), 0) FROM pts_account WHERE kind = 'VOLUNTEER' AND fiscal_year = ?", year);
            long yearEndTransfers = count("""
                    SELECT COUNT(*) FROM pts_transfer t JOIN pts_account a ON a.id = t.from_account_id
                    WHERE t.source_key LIKE 'year-end:%' AND a.fiscal_year = ?""", year);
            long total = seed.total(year);
            System.out.printf(Locale.ROOT, "     run %d (%d): job %.2f s (%,d accounts, %,d points, %,.0f accounts/s), again %.2f s (%,d accounts); "
                    + "transfers %,d -> %,d -> %,d (year-end transfers of the year %,d), left in the year %d | JDBC ceiling %.2f s (%,.0f accounts/s), "
                    + "job/ceiling %.1fx%n", r + 1, year, firstS, first.accounts(), first.points(), first.accounts() / firstS, secondS,
                    second.accounts(), before, afterFirst, afterSecond, yearEndTransfers, left, ceiling, VOLUNTEERS / ceiling, firstS / ceiling);
            if (first.accounts() != VOLUNTEERS || first.points() != total || afterFirst - before != VOLUNTEERS
                    || second.accounts() != 0 || afterSecond != afterFirst || left != 0 || yearEndTransfers != VOLUNTEERS) {
                failures.add("year end " + year + ": first " + first + " (expected " + VOLUNTEERS + " accounts, " + total + " points), second "
                        + second + ", transfers " + before + " -> " + afterFirst + " -> " + afterSecond + ", left " + left);
            }
            jobs.add(firstS);
            ceilings.add(ceiling);
        }
        double job = medianOf(jobs);
        double ceiling = medianOf(ceilings);
        System.out.printf(Locale.ROOT, "     Median: job %.2f s for %,d accounts (target < 60 s: %s), JDBC ceiling %.2f s, job/ceiling %.1fx%n",
                job, VOLUNTEERS, job < 60 ? "met" : "NOT met", ceiling, job / ceiling);
    }

    /** The year end's bare work over JDBC, then rolled back so that the job still finds the year to close. Seconds. */
    private double yearEndOverJdbc(int year) throws SQLException {
        long nanos = 0;
        int moved = 0;
        try (Connection c = raw().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT IGNORE INTO pts_account (kind, owner_id, fiscal_year, balance) VALUES ('EXPIRED', 0, ?, 0)")) {
                ps.setInt(1, year);
                ps.executeUpdate();
            }
            long expired = count("SELECT id FROM pts_account WHERE kind = 'EXPIRED' AND owner_id = 0 AND fiscal_year = ?", year);
            c.setAutoCommit(false);
            long after = 0;
            try (PreparedStatement page = c.prepareStatement("SELECT id FROM pts_account WHERE kind = 'VOLUNTEER' AND fiscal_year = ? "
                    + "AND balance > 0 AND id > ? ORDER BY id LIMIT " + YEAR_END_BATCH);
                 PreparedStatement insert = c.prepareStatement("INSERT INTO pts_transfer (from_account_id, to_account_id, points, kind, "
                         + "source_key, created_at) VALUES (?, ?, ?, 'EXPIRY', ?, ?)");
                 PreparedStatement update = c.prepareStatement("UPDATE pts_account SET balance = balance - ? WHERE id = ?")) {
                while (true) {
                    long t0 = System.nanoTime();
                    page.setInt(1, year);
                    page.setLong(2, after);
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rs = page.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                    if (ids.isEmpty()) {
                        c.rollback();
                        nanos += System.nanoTime() - t0;
                        break;
                    }
                    Timestamp now = Timestamp.valueOf(clock.now());
                    Map<Long, Long> balances = new LinkedHashMap<>();
                    try (Statement lock = c.createStatement(); ResultSet rs = lock.executeQuery(
                            "SELECT id, balance FROM pts_account WHERE id IN (" + ids.stream().map(String::valueOf)
                                    .collect(java.util.stream.Collectors.joining(",")) + ") ORDER BY id FOR UPDATE")) {
                        while (rs.next()) {
                            balances.put(rs.getLong(1), rs.getLong(2));
                        }
                    }
                    for (long id : ids) {
                        long balance = balances.get(id);
                        insert.setLong(1, id);
                        insert.setLong(2, expired);
                        insert.setLong(3, balance);
                        insert.setString(4, "ceiling-year-end:" + id);
                        insert.setTimestamp(5, now);
                        insert.executeUpdate();
                        update.setLong(1, balance);
                        update.setLong(2, id);
                        update.executeUpdate();
                        moved++;
                    }
                    nanos += System.nanoTime() - t0;
                    after = ids.get(ids.size() - 1);
                    c.rollback();
                }
            } finally {
                c.setAutoCommit(true);
            }
        }
        if (moved != VOLUNTEERS) {
            failures.add("year-end ceiling " + year + " moved " + moved + " accounts");
        }
        return nanos / 1e9;
    }

    // ---------------------------------------------------------------- helpers

    private long count(String sql, Object... args) throws SQLException {
        try (Connection c = raw().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double median(List<double[]> runs, int index) {
        List<Double> values = new ArrayList<>();
        runs.forEach(r -> values.add(r[index]));
        return medianOf(values);
    }

    private static double medianOf(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** The call, with its first failure printed (HttpLoad.run only counts them). */
    private static IntFunction<Integer> reported(String label, IntFunction<Integer> call) {
        java.util.concurrent.atomic.AtomicBoolean printed = new java.util.concurrent.atomic.AtomicBoolean();
        return i -> {
            try {
                return call.apply(i);
            } catch (RuntimeException e) {
                if (printed.compareAndSet(false, true)) {
                    System.out.println("     " + label + ": first error: " + e);
                }
                throw e;
            }
        };
    }

    private static <T> List<T> parallel(int n, int threads, IntFunction<T> make) throws Exception {
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
