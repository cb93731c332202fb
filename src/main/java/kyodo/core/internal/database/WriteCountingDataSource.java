package kyodo.core.internal.database;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Wraps the pool so that {@link DataChanges} moves after every commit that wrote. A connection
 * notes a statement that writes when it is prepared (the SQL is known then) and counts it once
 * the transaction commits, or when the connection goes back to the pool in auto-commit mode; a
 * rollback forgets it. It wraps the pool before Micronaut Data's own wrappers do (highest
 * precedence), so the transaction-aware data source they hand out ends in this one.
 */
@Singleton
final class WriteCountingDataSource implements BeanCreatedEventListener<DataSource>, Ordered {

    /** Bookkeeping tables: no public page shows them (see {@link DataChanges}). */
    private static final Pattern BOOKKEEPING = Pattern.compile(
            "^(?:insert(?:\\s+ignore)?\\s+into|update|delete\\s+from|replace\\s+into)\\s+`?"
                    + "(?:core_api_rate|core_access_token|core_audit_log|core_session|core_login_throttle"
                    + "|core_event_publication|core_outbox)\\b");
    private static final Pattern READ = Pattern.compile("^(?:select|with|show|set|explain|describe|desc|values)\\b");

    private final DataChanges changes;

    WriteCountingDataSource(DataChanges changes) {
        this.changes = changes;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        return new Counting(event.getBean(), changes);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    /** Statements are few and repeat: each is classified once (the profile showed the pattern at 1 % of a page). */
    private static final Cache<String, Boolean> CLASSIFIED = Caffeine.newBuilder().maximumSize(5_000).build();

    /** True for a statement that changes data a page may show. */
    static boolean writes(String sql) {
        return CLASSIFIED.get(sql, WriteCountingDataSource::classify);
    }

    private static boolean classify(String sql) {
        String head = sql.length() > 200 ? sql.substring(0, 200) : sql;
        head = head.replaceAll("(?s)^(?:\\s|/\\*.*?\\*/|--[^\\n]*\\n)+", "").toLowerCase(Locale.ROOT);
        return !READ.matcher(head).find() && !BOOKKEEPING.matcher(head).find();
    }

    private record Counting(DataSource pool, DataChanges changes) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return watch(pool.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return watch(pool.getConnection(username, password));
        }

        private Connection watch(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, new Watcher(connection, changes));
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return pool.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || pool.isWrapperFor(type);
        }
    }

    /** One borrowed connection: whether it wrote since its last commit or rollback. */
    private static final class Watcher implements InvocationHandler {
        private final Connection connection;
        private final DataChanges changes;
        private boolean wrote;

        Watcher(Connection connection, DataChanges changes) {
            this.connection = connection;
            this.changes = changes;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "prepareStatement", "prepareCall":
                    if (!wrote && args[0] instanceof String sql && writes(sql)) {
                        wrote = true;
                    }
                    break;
                case "createStatement":
                    wrote = true; // its SQL is not known here
                    break;
                case "close":
                    if (wrote && connection.getAutoCommit()) {
                        wrote = false;
                        Object result = call(method, args);
                        changes.committed();
                        return result;
                    }
                    break;
                default:
                    break;
            }
            Object result = call(method, args);
            switch (name) {
                case "commit" -> count();
                case "setAutoCommit" -> {
                    // Turning auto-commit on commits what was pending.
                    if (Boolean.TRUE.equals(args[0])) {
                        count();
                    }
                }
                case "rollback" -> {
                    if (args == null) {
                        wrote = false;
                    }
                }
                default -> {
                }
            }
            return result;
        }

        private void count() {
            if (wrote) {
                wrote = false;
                changes.committed();
            }
        }

        private Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
