package kyodo.events.bench;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * A small load generator for benchmarks: one shared, pooled, blocking HTTP client (Apache
 * HttpClient: one thread and one kept-alive connection per concurrent client, little CPU of its
 * own on the cores it shares with the server), cookies set by hand (so thousands of signed-in
 * people cost no client each), latencies in microseconds.
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

    private final CloseableHttpClient client;
    private final String base;

    public HttpLoad(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(500).setMaxConnPerRoute(500)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10)).setSocketTimeout(Timeout.ofSeconds(60)).build())
                        .build())
                .disableCookieManagement().disableRedirectHandling().disableAutomaticRetries()
                .build();
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String cookie(ClassicHttpResponse response, String name) {
        for (Header header : response.getHeaders("Set-Cookie")) {
            String value = header.getValue();
            if (value.startsWith(name + "=")) {
                int end = value.indexOf(';');
                return value.substring(name.length() + 1, end < 0 ? value.length() : end);
            }
        }
        return null;
    }

    private static HttpPost post(String uri, String cookie, String body) {
        HttpPost post = new HttpPost(uri);
        post.setHeader("Cookie", cookie);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_FORM_URLENCODED));
        return post;
    }

    /** Logs in through the login form, as a browser would. */
    public Person logIn(String email, String password) throws IOException {
        String csrf = client.execute(new HttpGet(base + "/login"), response -> {
            EntityUtils.consume(response.getEntity());
            return cookie(response, "kyodo_csrf");
        });
        String token = client.execute(post(base + "/login", "kyodo_csrf=" + csrf,
                form(Map.of("email", email, "password", password, "csrfToken", csrf))), response -> {
            EntityUtils.consume(response.getEntity());
            if (response.getCode() != 303) {
                throw new IllegalStateException("login failed: " + response.getCode());
            }
            return cookie(response, "kyodo_token");
        });
        if (token == null) {
            throw new IllegalStateException("login gave no token");
        }
        return new Person(token, csrf);
    }

    public int postForm(Person person, String path, Map<String, String> fields) throws IOException {
        Map<String, String> withToken = new java.util.HashMap<>(fields);
        withToken.put("csrfToken", person.csrf());
        return client.execute(post(base + path, person.cookie(), form(withToken)), response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
    }

    public int get(String path) throws IOException {
        HttpGet get = new HttpGet(base + path);
        get.setHeader("Accept", "text/html");
        return client.execute(get, response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
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
