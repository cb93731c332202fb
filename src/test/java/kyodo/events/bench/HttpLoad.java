package kyodo.events.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * A small load generator for benchmarks: one shared HTTP client, cookies set by hand (so
 * thousands of signed-in people cost no client each), latencies in microseconds.
 */
public final class HttpLoad {

    /** A signed-in person: the login cookie and the CSRF token (cookie and form field). */
    public record Person(String token, String csrf) {
        String cookie() {
            return "kyodo_token=" + token + "; kyodo_csrf=" + csrf;
        }
    }

    public record Result(int requests, int errors, long wallNanos, List<Long> latenciesMicros) {
        public double throughput() {
            return requests / (wallNanos / 1e9);
        }

        public double percentileMillis(double p) {
            List<Long> sorted = new ArrayList<>(latenciesMicros);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100.0 * sorted.size()) - 1);
            return sorted.get(Math.max(0, index)) / 1000.0;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public HttpLoad(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String cookie(HttpResponse<?> response, String name) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                return header.substring(name.length() + 1, header.indexOf(';') < 0 ? header.length() : header.indexOf(';'));
            }
        }
        return null;
    }

    /** Logs in through the login form, as a browser would. */
    public Person logIn(String email, String password) throws Exception {
        HttpResponse<Void> home = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String csrf = cookie(home, "kyodo_csrf");
        HttpResponse<Void> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "kyodo_csrf=" + csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("email", email, "password", password, "csrfToken", csrf))))
                .build(), HttpResponse.BodyHandlers.discarding());
        String token = cookie(login, "kyodo_token");
        if (login.statusCode() != 303 || token == null) {
            throw new IllegalStateException("login failed: " + login.statusCode());
        }
        return new Person(token, csrf);
    }

    public int postForm(Person person, String path, Map<String, String> fields) throws Exception {
        Map<String, String> withToken = new java.util.HashMap<>(fields);
        withToken.put("csrfToken", person.csrf());
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", person.cookie())
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form(withToken))).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    public int get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
    }

    /**
     * Runs {@code requests} calls on {@code clients} threads, all released at once; a call
     * counts as an error when it throws or returns a status other than {@code expected}.
     */
    public static Result run(int clients, int requests, int expected, IntFunction<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            AtomicInteger next = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    start.await();
                    int i;
                    while ((i = next.getAndIncrement()) < requests) {
                        long began = System.nanoTime();
                        int status;
                        try {
                            status = call.apply(i);
                        } catch (RuntimeException e) {
                            status = -1;
                        }
                        latencies.add((System.nanoTime() - began) / 1000);
                        if (status != expected) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> w : workers) {
                w.get();
            }
            return new Result(requests, errors.get(), System.nanoTime() - began, latencies);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Entry point of the second process of the event-list benchmark: prints "p50 p99 rps errors". */
    public static void main(String[] args) throws Exception {
        HttpLoad load = new HttpLoad(args[0]);
        int clients = Integer.parseInt(args[1]);
        int requests = Integer.parseInt(args[2]);
        String[] paths = args[3].split(",");
        IntFunction<Integer> get = i -> {
            try {
                return load.get(paths[i % paths.length]);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        };
        // Unmeasured warm-up at full concurrency: this client JVM starts cold on every run, and its
        // just-in-time compiling would otherwise take the shared cores from the server being measured.
        run(clients, requests, 200, get);
        Result r = run(clients, requests, 200, get);
        System.out.printf(java.util.Locale.ROOT, "%.3f %.3f %.1f %d%n", r.percentileMillis(50), r.percentileMillis(99),
                r.throughput(), r.errors());
    }
}
