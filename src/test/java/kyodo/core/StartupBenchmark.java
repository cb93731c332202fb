package kyodo.core;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Start-up time and memory after start, measured on demand: {@code ./mvnw -Pbench test -Dtest=StartupBenchmark}.
 * Starts the app five times as a separate JVM (the settings of {@code src/main/jvm.options}, embedded MariaDB with its
 * data already in place) and prints the time to the first served home page and the resident memory of the app's JVM
 * and of the MariaDB server right after that; then five times with the README's run command ({@code ./mvnw mn:run},
 * Maven and its up-to-date check included) and prints its time to the first page. Medians of both.
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final int RUNS = 5;

    @Test
    void startUpTimeAndMemory() throws Exception {
        Path dataDir = Path.of("target", "bench-startup-db").toAbsolutePath();
        run(dataDir); // unpacks the server and creates the schema once; not counted
        List<Long> millis = new ArrayList<>();
        List<Long> appMb = new ArrayList<>();
        List<Long> dbMb = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long[] figures = run(dataDir);
            millis.add(figures[0]);
            appMb.add(figures[1]);
            dbMb.add(figures[2]);
            System.out.printf("run %d: first page after %d ms, app JVM RSS %d MB, MariaDB RSS %d MB%n",
                    i + 1, figures[0], figures[1], figures[2]);
        }
        System.out.printf("STARTUP median over %d runs: %d ms to the first page; RSS app %d MB + MariaDB %d MB%n",
                RUNS, median(millis), median(appMb), median(dbMb));
        List<Long> readme = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long[] figures = start(List.of(Path.of("mvnw").toAbsolutePath().toString(), "-B", "-q", "mn:run"), dataDir);
            readme.add(figures[0]);
            System.out.printf("README command, run %d: first page after %d ms%n", i + 1, figures[0]);
        }
        System.out.printf("STARTUP README command (./mvnw mn:run) median over %d runs: %d ms to the first page"
                + " (target < 5,000 ms)%n", RUNS, median(readme));
    }

    private static long[] run(Path dataDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return start(List.of(java, "@" + Path.of("src/main/jvm.options").toAbsolutePath(), "-Dkyodo.db.dir=" + dataDir,
                "-cp", System.getProperty("java.class.path"), "kyodo.Application"), dataDir);
    }

    private static long[] start(List<String> command, Path dataDir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(new File("target/bench-startup.log"));
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("KYODO_DB_DIR", dataDir.toString()); // not the project's own ./data
        builder.environment().remove("DATASOURCES_DEFAULT_URL");
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .timeout(Duration.ofSeconds(5)).build();
            long deadline = start + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    if (client.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        long elapsed = (System.nanoTime() - start) / 1_000_000;
                        Thread.sleep(2000); // let start-up work settle before reading memory
                        return new long[]{elapsed, rssMb(process.pid()), mariadbRssMb(process.pid())};
                    }
                } catch (java.io.IOException notYet) {
                    Thread.sleep(100);
                }
            }
            throw new AssertionError("the app did not serve its home page within 3 minutes; see target/bench-startup.log");
        } finally {
            // mn:run starts the app as a child of Maven's JVM: end the children too
            List<ProcessHandle> children = process.descendants().toList();
            children.forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor();
            for (ProcessHandle child : children) {
                child.onExit().get();
            }
        }
    }

    private static long rssMb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    /** The mariadbd process started by the app (a descendant of its JVM). */
    private static long mariadbRssMb(long appPid) throws Exception {
        return ProcessHandle.of(appPid).orElseThrow().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                .findFirst().map(p -> {
                    try {
                        return rssMb(p.pid());
                    } catch (Exception e) {
                        return -1L;
                    }
                }).orElse(-1L);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
