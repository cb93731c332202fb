package kyodo.core.internal.database;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;

import java.nio.file.Path;
import java.util.Map;

/**
 * Runs before every application context (the app and the tests alike): when no database URL
 * is given, start the embedded MariaDB and point the default datasource at it.
 */
public final class EmbeddedDatabaseConfigurer implements ApplicationContextConfigurer {

    @Override
    public void configure(ApplicationContextBuilder builder) {
        if (setting("DATASOURCES_DEFAULT_URL", "datasources.default.url") != null) {
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

    private static String setting(String env, String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
