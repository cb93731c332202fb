package kyodo.core;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.WebSession;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every public page and the citizen's own pages under load, as issue 17 measures them:
 * {@code ./mvnw -Pbench test -Dtest=PageLoadBenchmark} ({@code -Dbench.runs=3 -Dbench.seconds=20 -Dbench.connections=50};
 * {@code -Dbench.pages=regex} and {@code -Dbench.anonymous=false} narrow it, {@code -Dbench.jfr=file} records a profile,
 * {@code -Dbench.nmt=true} prints where the resident memory goes).
 *
 * The app runs as a separate process started with {@code src/main/jvm.options} (the settings of the README's
 * commands) on this test's database, with the demo city plus 1,000 events and 1,000 groups. Each page is driven
 * by wrk ({@code -t2 -c50}) after a warm-up, anonymous and signed in as the demo citizen; the figures per page are
 * the medians of the runs, and the app's largest resident memory while the load ran. The ceiling is the stored
 * anonymous event list (the same bytes served from memory by a filter), measured in the same runs.
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
@Property(name = "kyodo.demo", value = "true")
class PageLoadBenchmark {

    private static final Pattern LATENCY = Pattern.compile("^\\s*(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    /** Linux counts a process's CPU time in /proc in ticks of 1/100 s (USER_HZ, 100 on every architecture it runs on here). */
    private static final int TICKS_PER_SECOND = 100;
    /** The peer's pages that the issue measured: the owner list (all owners, the first page of them) and one owner. */
    private static final Map<String, String> PEER_PAGES = peerPages();


    @Inject
    DataSource dataSource;
    @Inject
    CityClock clock;

    /** One page's load: requests/s, latency, errors and the app's CPU time per request (user and system). */
    record Figures(double rate, double p50, double p99, long errors, double cpuMs) {
    }

    @Test
    void publicAndSignedInPages() throws Exception {
        int runs = Integer.getInteger("bench.runs", 3);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int connections = Integer.getInteger("bench.connections", 50);
        ensureWrk();
        seed();
        Map<String, Long> ids = sampleIds();

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url;
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            url = c.getMetaData().getURL();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "@" + Path.of("src/main/jvm.options").toAbsolutePath()));
        String jfr = System.getProperty("bench.jfr");
        if (jfr != null) {
            // Where the time goes: -Dbench.jfr=target/pages.jfr records the app with JFR's profiling settings, with
            // stacks deep enough to reach the app's own frames from inside the driver and the template engine.
            command.add("-XX:FlightRecorderOptions:stackdepth=512");
            command.add("-XX:StartFlightRecording=filename=" + Path.of(jfr).toAbsolutePath() + ",settings=profile");
        }
        boolean nmt = Boolean.getBoolean("bench.nmt");
        if (nmt) {
            // Where the resident memory goes: -Dbench.nmt=true prints the JVM's native memory summary after the load.
            command.add("-XX:NativeMemoryTracking=summary");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "kyodo.Application"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(new File("target/bench-pages.log"));
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("DATASOURCES_DEFAULT_URL", url);
        builder.environment().put("DATASOURCES_DEFAULT_USERNAME", "root");
        builder.environment().put("DATASOURCES_DEFAULT_PASSWORD", "");
        Process app = builder.start();
        // -Dbench.peer.jar=<Spring PetClinic's built jar>: the issue's peer, driven in the same runs.
        String peerJar = System.getProperty("bench.peer.jar");
        Process peer = null;
        try {
            String peerBase = null;
            if (peerJar != null) {
                int peerPort;
                try (ServerSocket socket = new ServerSocket(0)) {
                    peerPort = socket.getLocalPort();
                }
                peer = startPeer(peerJar, url, peerPort);
                peerBase = "http://127.0.0.1:" + peerPort;
                waitForHome(peerBase);
            }
            String base = "http://127.0.0.1:" + port;
            waitForHome(base);
            WebSession citizen = new WebSession(URI.create(base)).logIn("citizen@example.jp", "kyodo-demo-2026");
            String cookie = "kyodo_token=" + citizen.cookie("kyodo_token") + "; kyodo_csrf=" + citizen.cookie("kyodo_csrf");

            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("home", "/");
            pages.put("event list", "/events");
            pages.put("event page", "/events/" + ids.get("event"));
            pages.put("group list", "/groups");
            pages.put("group page", "/groups/" + ids.get("group"));
            pages.put("subsidies", "/subsidies");
            pages.put("program page", "/subsidies/programs/" + ids.get("program"));
            pages.put("board", "/board");
            pages.put("outreach", "/lectures");
            Map<String, String> own = new LinkedHashMap<>();
            own.put("my registrations", "/my/events");
            own.put("my groups", "/groups/mine");
            own.put("volunteer page", "/volunteer");

            // -Dbench.pages=regex keeps only the pages whose name matches (e.g. "home|event list").
            String only = System.getProperty("bench.pages");
            if (only != null) {
                pages.keySet().removeIf(name -> !name.matches(only));
                own.keySet().removeIf(name -> !name.matches(only));
            }
            boolean anonymousToo = !"false".equals(System.getProperty("bench.anonymous"));

            Map<String, List<Figures>> anonymous = new LinkedHashMap<>();
            Map<String, List<Figures>> signedIn = new LinkedHashMap<>();
            List<Figures> ceiling = new ArrayList<>();
            Map<String, List<Figures>> peerPages = new LinkedHashMap<>();
            AtomicLong peakRss = new AtomicLong();
            AtomicLong peerPeakRss = new AtomicLong();
            for (int run = 1; run <= runs; run++) {
                System.out.printf(Locale.ROOT, "run %d of %d (load %s)%n", run, runs, Files.readString(Path.of("/proc/loadavg")).trim());
                ceiling.add(drive(base, "/events", null, connections, seconds, app.pid(), peakRss));
                if (peer != null) {
                    for (var page : PEER_PAGES.entrySet()) {
                        peerPages.computeIfAbsent(page.getKey(), k -> new ArrayList<>())
                                .add(drive(peerBase, page.getValue(), null, connections, seconds, peer.pid(), peerPeakRss));
                    }
                }
                for (var page : anonymousToo ? pages.entrySet() : Map.<String, String>of().entrySet()) {
                    anonymous.computeIfAbsent(page.getKey(), k -> new ArrayList<>())
                            .add(drive(base, page.getValue(), null, connections, seconds, app.pid(), peakRss));
                }
                Map<String, String> all = new LinkedHashMap<>(pages);
                all.putAll(own);
                for (var page : all.entrySet()) {
                    signedIn.computeIfAbsent(page.getKey(), k -> new ArrayList<>())
                            .add(drive(base, page.getValue(), cookie, connections, seconds, app.pid(), peakRss));
                }
            }
            Figures top = median(ceiling);
            Figures peerList = peerPages.isEmpty() ? null : median(peerPages.get("owner list"));
            System.out.printf(Locale.ROOT, "%nPAGES: %d connections, %d s per page after a warm-up, medians of %d runs%n",
                    connections, seconds, runs);
            System.out.printf(Locale.ROOT, "%-30s %10s %9s %9s %7s %8s %8s %8s%n", "page", "req/s", "p50 ms", "p99 ms", "errors",
                    "CPU ms", "x ceil.", "x peer");
            print("ceiling: stored event list", top, top, peerList);
            peerPages.forEach((name, figures) -> print("peer: PetClinic " + name, median(figures), top, peerList));
            anonymous.forEach((name, figures) -> print("anonymous " + name, median(figures), top, peerList));
            signedIn.forEach((name, figures) -> print("signed in " + name, median(figures), top, peerList));
            System.out.printf(Locale.ROOT, "CPU ms: the app's CPU time per request (all threads, user and system)%n");
            System.out.printf(Locale.ROOT, "app RSS at most %d MB under load (target < 300 MB); targets: public >= 1,150/s p99 < 50 ms, "
                    + "signed in >= 760/s p99 < 100 ms%n", peakRss.get() / 1024);
            if (peerList != null) {
                System.out.printf(Locale.ROOT, "peer RSS at most %d MB under load; targets against the peer's owner list in the same runs: "
                        + "public >= 3x, signed in >= 2x%n", peerPeakRss.get() / 1024);
            }
            System.out.println();
            if (nmt) {
                String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
                Process summary = new ProcessBuilder(jcmd, String.valueOf(app.pid()), "VM.native_memory", "summary")
                        .redirectErrorStream(true).start();
                System.out.println(new String(summary.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            app.destroy();
            app.waitFor();
            if (peer != null) {
                peer.destroy();
                peer.waitFor();
            }
        }
    }

    private static Map<String, String> peerPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("owner list", "/owners?lastName=");
        pages.put("owner page", "/owners/1");
        return pages;
    }

    /**
     * Spring PetClinic from its jar with its own defaults (profile {@code mysql}, as the issue ran it) on this test's
     * database server, in a database of its own that it creates and fills itself on its first start.
     */
    private Process startPeer(String jar, String kyodoUrl, int port) throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement create = c.prepareStatement("CREATE DATABASE IF NOT EXISTS petclinic")) {
            create.execute();
        }
        Matcher server = Pattern.compile("^jdbc:(?:mysql|mariadb)://([^/]+)/").matcher(kyodoUrl);
        if (!server.find()) {
            throw new AssertionError("the peer needs the test database's host and port, not found in " + kyodoUrl);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-jar", Path.of(jar).toAbsolutePath().toString(), "--spring.profiles.active=mysql",
                "--server.port=" + port, "--spring.datasource.url=jdbc:mysql://" + server.group(1) + "/petclinic",
                "--spring.datasource.username=root", "--spring.datasource.password=",
                // MySQL's driver cannot read MariaDB's list of keywords, so Hibernate is told the dialect instead.
                "--spring.jpa.database-platform=org.hibernate.dialect.MariaDBDialect")
                .redirectErrorStream(true).redirectOutput(new File("target/bench-peer.log")).start();
    }

    private static void print(String name, Figures f, Figures top, Figures peerList) {
        System.out.printf(Locale.ROOT, "%-30s %10.0f %9.1f %9.1f %7d %8.2f %8.2f %8s%n", name, f.rate(), f.p50(), f.p99(), f.errors(),
                f.cpuMs(), f.rate() / top.rate(), peerList == null ? "-" : String.format(Locale.ROOT, "%.2f", f.rate() / peerList.rate()));
    }

    /** One page: a warm-up of a quarter of the time (not counted), then the counted load, sampling the app's RSS. */
    private static Figures drive(String base, String path, String cookie, int connections, int seconds, long pid,
                                 AtomicLong peakRss) throws Exception {
        wrk(base, path, cookie, connections, Math.max(2, seconds / 4), pid, new AtomicLong());
        return wrk(base, path, cookie, connections, seconds, pid, peakRss);
    }

    private static Figures wrk(String base, String path, String cookie, int connections, int seconds, long pid,
                               AtomicLong peakRss) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                "-H", "Accept: text/html", "-H", "Accept-Encoding: gzip", "-H", "Accept-Language: ja"));
        if (cookie != null) {
            command.addAll(List.of("-H", "Cookie: " + cookie));
        }
        command.add(base + path);
        long cpuBefore = cpuMs(pid);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        while (wrk.isAlive()) {
            peakRss.accumulateAndGet(rssKb(pid), Math::max);
            Thread.sleep(500);
        }
        long cpu = cpuMs(pid) - cpuBefore;
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        double p50 = -1;
        double p99 = -1;
        Matcher latency = LATENCY.matcher(out);
        while (latency.find()) {
            double value = Double.parseDouble(latency.group(2)) * switch (latency.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000.0;
                default -> 1.0;
            };
            if (latency.group(1).equals("50")) {
                p50 = value;
            } else {
                p99 = value;
            }
        }
        Matcher rate = RATE.matcher(out);
        if (!rate.find()) {
            throw new AssertionError("wrk printed no rate for " + path + ":\n" + out);
        }
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(out);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        Matcher requests = REQUESTS.matcher(out);
        double cpuPerRequest = requests.find() ? (double) cpu / Math.max(1, Long.parseLong(requests.group(1))) : -1;
        return new Figures(Double.parseDouble(rate.group(1)), p50, p99, errors, cpuPerRequest);
    }

    private static Figures median(List<Figures> runs) {
        return new Figures(mid(runs.stream().map(Figures::rate).toList()), mid(runs.stream().map(Figures::p50).toList()),
                mid(runs.stream().map(Figures::p99).toList()), runs.stream().mapToLong(Figures::errors).sum(),
                mid(runs.stream().map(Figures::cpuMs).toList()));
    }

    private static double mid(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * The process's CPU time so far (user and system, all its threads) in milliseconds. CPU time per request moves
     * less than requests/s when the machine is shared: a neighbour's load slows the clock, not the work.
     */
    private static long cpuMs(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // After the command name in parentheses: field 3 (state) first, so utime (14) and stime (15) are 11 and 12.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / TICKS_PER_SECOND;
        } catch (java.io.IOException gone) {
            return 0;
        }
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (java.io.IOException gone) {
            // the process has ended
        }
        return 0;
    }

    private static void waitForHome(String base) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest home = HttpRequest.newBuilder(URI.create(base + "/")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the app did not serve its home page within 3 minutes; see target/bench-pages.log");
    }

    /** Debian's wrk, installed when missing (the benchmark's only outside tool). */
    private static void ensureWrk() throws Exception {
        if (new File("/usr/bin/wrk").canExecute()) {
            return;
        }
        int status = new ProcessBuilder("sh", "-c", "apt-get install -y wrk || sudo apt-get install -y wrk").inheritIO().start().waitFor();
        if (status != 0) {
            throw new AssertionError("wrk is needed: apt-get install -y wrk");
        }
    }

    /** 1,000 events and 1,000 approved groups beside the demo city's, once per database. */
    private void seed() throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            c.setAutoCommit(false);
            if (count(c, "SELECT COUNT(*) FROM evt_event WHERE title LIKE 'ベンチマーク講座%'") < 1000) {
                try (PreparedStatement e = c.prepareStatement("""
                        INSERT INTO evt_event (title, description, category, venue_name, online, capacity, registration_opens_at,
                          registration_closes_at, max_companions, status, first_date, last_date, created_by, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, 30, ?, ?, 0, 'PUBLISHED', ?, ?, 1, ?, ?)""", java.sql.Statement.RETURN_GENERATED_KEYS);
                     PreparedStatement s = c.prepareStatement(
                             "INSERT INTO evt_session (event_id, seq, day, start_time, end_time) VALUES (?, 1, ?, '10:00', '12:00')")) {
                    String[] categories = {"KOZA", "JUKU", "MINI_SEMINAR", "WORKSHOP", "KORYUKAI", "FORUM", "FESTA", "OTHER"};
                    LocalDateTime now = clock.now();
                    for (int i = 0; i < 1000; i++) {
                        LocalDate day = now.toLocalDate().plusDays(1 + i % 365);
                        e.setString(1, "ベンチマーク講座 第" + i + "回");
                        e.setString(2, "協働のまちづくりについて学ぶ講座です。");
                        e.setString(3, categories[i % categories.length]);
                        e.setString(4, "市民活動サポートセンター");
                        e.setBoolean(5, i % 4 == 0);
                        e.setTimestamp(6, Timestamp.valueOf(now.minusDays(1)));
                        e.setTimestamp(7, Timestamp.valueOf(day.atStartOfDay()));
                        e.setObject(8, day);
                        e.setObject(9, day);
                        e.setTimestamp(10, Timestamp.valueOf(now));
                        e.setTimestamp(11, Timestamp.valueOf(now));
                        e.executeUpdate();
                        try (ResultSet keys = e.getGeneratedKeys()) {
                            keys.next();
                            s.setLong(1, keys.getLong(1));
                        }
                        s.setObject(2, day);
                        s.executeUpdate();
                    }
                }
            }
            if (count(c, "SELECT COUNT(*) FROM dir_group WHERE name LIKE 'ベンチマーク団体%'") < 1000) {
                try (PreparedStatement g = c.prepareStatement("""
                        INSERT INTO dir_group (name, name_kana, group_type, area, description, status, created_by, created_at, updated_at)
                        VALUES (?, ?, 'CIVIC', '氏家地区', '地域の清掃と見守りをしています。', 'APPROVED', 1, ?, ?)""")) {
                    Timestamp now = Timestamp.valueOf(clock.now());
                    for (int i = 0; i < 1000; i++) {
                        g.setString(1, "ベンチマーク団体 " + i);
                        g.setString(2, "べんちまーくだんたい " + i);
                        g.setTimestamp(3, now);
                        g.setTimestamp(4, now);
                        g.addBatch();
                    }
                    g.executeBatch();
                }
            }
            c.commit();
        }
    }

    private Map<String, Long> sampleIds() throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            return Map.of(
                    "event", count(c, "SELECT MIN(id) FROM evt_event WHERE status = 'PUBLISHED' AND title NOT LIKE 'ベンチマーク%'"),
                    "group", count(c, "SELECT MIN(id) FROM dir_group WHERE status = 'APPROVED' AND name NOT LIKE 'ベンチマーク%'"),
                    "program", count(c, "SELECT MIN(id) FROM sub_program"));
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
