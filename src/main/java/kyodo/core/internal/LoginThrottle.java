package kyodo.core.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Slows down password guessing: after too many failures within the window, an account
 * (or an address) is refused until the block ends, whatever password is given.
 * Runs inside the login transaction.
 */
@Singleton
class LoginThrottle {

    private final JdbcOperations jdbc;
    private final int accountLimit;
    private final int addressLimit;
    private final int windowMinutes;

    LoginThrottle(JdbcOperations jdbc,
                  @Value("${kyodo.security.login.account-failures:5}") int accountLimit,
                  @Value("${kyodo.security.login.address-failures:20}") int addressLimit,
                  @Value("${kyodo.security.login.block-minutes:15}") int windowMinutes) {
        this.jdbc = jdbc;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.windowMinutes = windowMinutes;
    }

    static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    boolean isBlocked(String key, LocalDateTime now) {
        return jdbc.prepareStatement("SELECT blocked_until FROM core_login_throttle WHERE throttle_key = ?", ps -> {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                Timestamp until = rs.getTimestamp(1);
                return until != null && until.toLocalDateTime().isAfter(now);
            }
        });
    }

    void recordFailure(String key, boolean perAccount, LocalDateTime now) {
        int limit = perAccount ? accountLimit : addressLimit;
        LocalDateTime windowStart = now.minusMinutes(windowMinutes);
        jdbc.prepareStatement("""
                INSERT INTO core_login_throttle (throttle_key, failures, window_start, blocked_until)
                VALUES (?, 1, ?, NULL)
                ON DUPLICATE KEY UPDATE
                  failures = IF(window_start < ?, 1, failures + 1),
                  window_start = IF(window_start < ?, VALUES(window_start), window_start),
                  blocked_until = IF(failures >= ?, ?, blocked_until)""", ps -> {
            // MySQL applies the assignments left to right: failures is already the new count here.
            Timestamp nowTs = Timestamp.valueOf(now);
            Timestamp startTs = Timestamp.valueOf(windowStart);
            ps.setString(1, key);
            ps.setTimestamp(2, nowTs);
            ps.setTimestamp(3, startTs);
            ps.setTimestamp(4, startTs);
            ps.setInt(5, limit);
            ps.setTimestamp(6, Timestamp.valueOf(now.plusMinutes(windowMinutes)));
            return ps.executeUpdate();
        });
    }

    void reset(String key) {
        jdbc.prepareStatement("DELETE FROM core_login_throttle WHERE throttle_key = ?", ps -> {
            ps.setString(1, key);
            return ps.executeUpdate();
        });
    }
}
