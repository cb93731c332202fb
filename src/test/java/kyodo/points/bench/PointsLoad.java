package kyodo.points.bench;

import kyodo.events.bench.HttpLoad;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The load generator of {@link PointsBenchmark}, run in a second process: signed-in volunteers
 * (their cookies, one a line in a file) ask for their own points page, request {@code i} as
 * volunteer {@code i % n}. A pooled blocking client (one thread and one kept-alive connection per
 * concurrent client), latencies in microseconds (see {@link HttpLoad#run}).
 */
public final class PointsLoad {

    private final CloseableHttpClient client;
    private final String base;

    public PointsLoad(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(200).setMaxConnPerRoute(200)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10)).setSocketTimeout(Timeout.ofSeconds(60)).build())
                        .build())
                .disableCookieManagement().disableRedirectHandling().disableAutomaticRetries()
                .build();
    }

    /** GET as a signed-in person; returns the status (the body is read and dropped). */
    public int get(String path, String cookie, String accept) throws IOException {
        HttpGet get = new HttpGet(base + path);
        get.setHeader("Accept", accept);
        get.setHeader("Cookie", cookie);
        return client.execute(get, response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
    }

    /** GET as a signed-in person; returns the body (for the checks before measuring). */
    public String body(String path, String cookie, String accept) throws IOException {
        HttpGet get = new HttpGet(base + path);
        get.setHeader("Accept", accept);
        get.setHeader("Cookie", cookie);
        return client.execute(get, response -> {
            String text = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            if (response.getCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.getCode() + ": " + text);
            }
            return text;
        });
    }

    static String accept(String path) {
        return path.startsWith("/api/") ? "application/json" : "text/html";
    }

    /** args: base URL, clients, requests, path, file of cookies. Prints "p50 p95 requests/s errors". */
    public static void main(String[] args) throws Exception {
        PointsLoad load = new PointsLoad(args[0]);
        int clients = Integer.parseInt(args[1]);
        int requests = Integer.parseInt(args[2]);
        String path = args[3];
        List<String> cookies = Files.readAllLines(Path.of(args[4]), StandardCharsets.UTF_8);
        String accept = accept(path);
        IntFunction<Integer> get = i -> {
            try {
                return load.get(path, cookies.get(i % cookies.size()), accept);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        };
        // Unmeasured warm-up: this JVM starts cold on every run (see HttpLoad.main).
        HttpLoad.run(clients, requests, 200, get);
        HttpLoad.Result r = HttpLoad.run(clients, requests, 200, get);
        System.out.printf(Locale.ROOT, "%.3f %.3f %.1f %d%n", r.percentileMillis(50), r.percentileMillis(95),
                r.throughput(), r.errors());
    }
}
