package kyodo.core.internal.database;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.PropertySet;
import com.mysql.cj.jdbc.JdbcConnection;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The driver settings of application.yml reach the connections. They once did not: YAML made the values
 * booleans and numbers, and the driver reads only strings, so every transaction asked the server for its
 * read-only state and statements were parsed again each time.
 */
@MicronautTest(transactional = false)
class ConnectionSettingsTest {

    @Inject
    DataSource dataSource;

    @Test
    void theConfiguredDriverPropertiesAreInEffect() throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            PropertySet settings = c.unwrap(JdbcConnection.class).getPropertySet();
            assertTrue(settings.getBooleanProperty(PropertyKey.useLocalSessionState).getValue());
            assertTrue(settings.getBooleanProperty(PropertyKey.cachePrepStmts).getValue());
            assertTrue(settings.getBooleanProperty(PropertyKey.rewriteBatchedStatements).getValue());
            assertFalse(settings.getBooleanProperty(PropertyKey.readOnlyPropagatesToServer).getValue());
            assertEquals(250, settings.getIntegerProperty(PropertyKey.prepStmtCacheSize).getValue());
        }
    }
}
