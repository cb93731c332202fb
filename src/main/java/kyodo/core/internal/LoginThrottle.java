package kyodo.core.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Slows password guessing down without locking anyone out. Failures are counted per account and
 * address together (the owner, signing in from elsewhere, is not slowed by someone guessing), per
 * address (one address trying many accounts) and per account across all addresses (guessing from
 * many addresses, with a much higher limit). Past its limit a key must wait before its next
 * attempt, twice as long after each further failure (1, 2, 4 … seconds, at most 15 minutes).
 * A successful sign-in clears the account's counts. Runs inside the login transaction.
 */
@Singleton
class LoginThrottle {

    /** What a sign-in attempt has to wait, if anything. */
    record Wait(boolean waiting, long seconds) {
        static final Wait NONE = new Wait(false, 0);
    }

    private final LoginThrottleRepository entries;
    private final int pairLimit;
    private final int addressLimit;
    private final int accountLimit;
    private final int windowMinutes;
    private final long maxDelaySeconds;

    LoginThrottle(LoginThrottleRepository entries,
                  @Value("${kyodo.security.login.account-failures:5}") int pairLimit,
                  @Value("${kyodo.security.login.address-failures:20}") int addressLimit,
                  @Value("${kyodo.security.login.account-wide-failures:50}") int accountLimit,
                  @Value("${kyodo.security.login.window-minutes:15}") int windowMinutes,
                  @Value("${kyodo.security.login.max-delay:15m}") Duration maxDelay) {
        this.entries = entries;
        this.pairLimit = pairLimit;
        this.addressLimit = addressLimit;
        this.accountLimit = accountLimit;
        this.windowMinutes = windowMinutes;
        this.maxDelaySeconds = maxDelay.toSeconds();
    }

    static String email(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** The keys an attempt counts against: the pair, the address, the account. */
    record Keys(String pair, String address, String account) {
        static Keys of(String email, String address) {
            String a = address == null ? "-" : address;
            return new Keys("pair:" + email(email) + "|" + a, "address:" + a, "account:" + email(email));
        }
    }

    /** The longest wait among the keys of this attempt. */
    Wait waitFor(Keys keys, LocalDateTime now) {
        long seconds = 0;
        for (String key : new String[]{keys.pair(), keys.address(), keys.account()}) {
            var entry = entries.findById(key);
            if (entry.isPresent() && entry.get().blockedUntil() != null && entry.get().blockedUntil().isAfter(now)) {
                seconds = Math.max(seconds, Duration.between(now, entry.get().blockedUntil()).toSeconds() + 1);
            }
        }
        return seconds == 0 ? Wait.NONE : new Wait(true, seconds);
    }

    /** Counts a failure against each key; true when the pair just reached its limit (time to tell the owner). */
    boolean recordFailure(Keys keys, LocalDateTime now) {
        LocalDateTime windowStart = now.minusMinutes(windowMinutes);
        entries.recordFailure(keys.pair(), now, windowStart, pairLimit, maxDelaySeconds);
        entries.recordFailure(keys.address(), now, windowStart, addressLimit, maxDelaySeconds);
        entries.recordFailure(keys.account(), now, windowStart, accountLimit, maxDelaySeconds);
        return entries.findById(keys.pair()).map(e -> e.failures() == pairLimit).orElse(false);
    }

    void succeeded(Keys keys) {
        entries.deleteById(keys.pair());
        entries.deleteById(keys.account());
    }
}
