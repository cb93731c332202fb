package kyodo.core.internal.database;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs before every application context (the app and the tests alike): when no database URL
 * is given, start the embedded MariaDB and point the default datasource at it; when one is
 * given, check that its server answers, so that a wrong URL is one clear line at start-up.
 */
public final class EmbeddedDatabaseConfigurer implements ApplicationContextConfigurer {

    private static final Pattern SERVER = Pattern.compile("^jdbc:(?:mysql|mariadb)://([^/:?,]+)(?::(\\d+))?");

    @Override
    public void configure(ApplicationContextBuilder builder) {
        // HikariCP skips its liveness check for a connection used in the last 500 ms; after the database
        // restarts, those dead connections would fail requests. On loopback or a LAN the check costs little.
        if (System.getProperty("com.zaxxer.hikari.aliveBypassWindowMs") == null) {
            System.setProperty("com.zaxxer.hikari.aliveBypassWindowMs", "0");
        }
        String url = setting("DATASOURCES_DEFAULT_URL", "datasources.default.url");
        if (url != null) {
            checkReachable(url);
            return;
        }
        String dir = setting("KYODO_DB_DIR", "kyodo.db.dir");
        if (dir == null) {
            // `mvnw mn:run` names the project's data folder here, so the app finds it from any working directory.
            dir = System.getProperty("kyodo.db.default-dir");
        }
        boolean fresh = Boolean.parseBoolean(setting("KYODO_DB_FRESH", "kyodo.db.fresh"));
        EmbeddedDatabase db = EmbeddedDatabase.startOnce(Path.of(dir == null ? "data/db" : dir), fresh);
        builder.properties(Map.of(
                "datasources.default.url", db.jdbcUrl(),
                "datasources.default.username", "root",
                "datasources.default.password", ""));
    }

    /** Waits up to KYODO_DB_WAIT seconds (default 30) for the server to accept connections, then says which setting to check. */
    private static void checkReachable(String url) {
        Matcher m = SERVER.matcher(url);
        if (!m.find()) {
            return;
        }
        String host = m.group(1);
        int port = m.group(2) == null ? 3306 : Integer.parseInt(m.group(2));
        String waitSetting = setting("KYODO_DB_WAIT", "kyodo.db.wait");
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSetting == null ? 30 : Long.parseLong(waitSetting)).toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 2000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Cannot reach the database server at " + host + ":" + port + " ("
                            + e.getMessage() + "): check DATASOURCES_DEFAULT_URL, and that the server is running.");
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the database at " + host + ":" + port);
                }
            }
        }
    }

    private static String setting(String env, String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
