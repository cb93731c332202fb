package kyodo.core.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Slows down password guessing: after too many failures within the window, an account
 * (or an address) is refused until the block ends, whatever password is given.
 * Runs inside the login transaction.
 */
@Singleton
class LoginThrottle {

    private final LoginThrottleRepository entries;
    private final int accountLimit;
    private final int addressLimit;
    private final int windowMinutes;

    LoginThrottle(LoginThrottleRepository entries,
                  @Value("${kyodo.security.login.account-failures:5}") int accountLimit,
                  @Value("${kyodo.security.login.address-failures:20}") int addressLimit,
                  @Value("${kyodo.security.login.block-minutes:15}") int windowMinutes) {
        this.entries = entries;
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
        return entries.findById(key).map(e -> e.blockedUntil() != null && e.blockedUntil().isAfter(now)).orElse(false);
    }

    void recordFailure(String key, boolean perAccount, LocalDateTime now) {
        entries.recordFailure(key, now, now.minusMinutes(windowMinutes), perAccount ? accountLimit : addressLimit,
                now.plusMinutes(windowMinutes));
    }

    void reset(String key) {
        entries.deleteById(key);
    }
}
