package kyodo.core.internal;

import kyodo.core.CityClock;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;

/** Checks passwords, opens and closes login sessions. */
@Singleton
public class LoginService {

    public enum Failure { INVALID, THROTTLED }

    /** Either an authentication to put in the cookie, or why not (and how many seconds to wait). */
    public record Outcome(Authentication authentication, Failure failure, long waitSeconds) {
        Outcome(Authentication authentication, Failure failure) {
            this(authentication, failure, 0);
        }

        public boolean succeeded() {
            return authentication != null;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final LoginSessionRepository sessions;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final SessionAuthentications authentications;
    private final long sessionHours;
    private final CityClock clock;
    private final CoreMails mails;

    LoginService(AccountRepository accounts, LoginSessionRepository sessions, PasswordHasher hasher,
                 LoginThrottle throttle, AuditLog audit, SessionAuthentications authentications,
                 @Value("${kyodo.security.session-hours:12}") long sessionHours, CityClock clock,
                 CoreMails mails) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
        this.authentications = authentications;
        this.sessionHours = sessionHours;
        this.clock = clock;
        this.mails = mails;
    }

    @Transactional
    public Outcome logIn(String email, String password, String address) {
        LocalDateTime now = clock.now();
        LoginThrottle.Keys keys = LoginThrottle.Keys.of(email, address);
        LoginThrottle.Wait wait = throttle.waitFor(keys, now);
        if (wait.waiting()) {
            audit.record(null, "core.audit.loginThrottled", "core.audit.target.account", null, AccountService.normalizeEmail(email));
            return new Outcome(null, Failure.THROTTLED, wait.seconds());
        }
        Optional<Account> account = accounts.findByEmail(AccountService.normalizeEmail(email)).filter(Account::enabled);
        boolean matches = hasher.matches(password == null ? "" : password, account.map(Account::passwordHash).orElse(null));
        if (account.isEmpty() || !matches) {
            boolean reachedLimit = throttle.recordFailure(keys, now);
            audit.record(null, "core.audit.loginFailed", "core.audit.target.account", account.map(a -> String.valueOf(a.id())).orElse(null),
                    AccountService.normalizeEmail(email));
            if (reachedLimit) {
                // The owner hears of it; their sessions and the password stay as they are.
                account.ifPresent(a -> mails.failedLogins(a.email(), a.displayName()));
            }
            return new Outcome(null, Failure.INVALID);
        }
        throttle.succeeded(keys);
        return new Outcome(openSession(account.get(), now), null);
    }

    private Authentication openSession(Account account, LocalDateTime now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String sessionId = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.save(new LoginSession(sessionId, account.id(), now, now.plusHours(sessionHours), null));
        audit.record(account.id(), "core.audit.login", "core.audit.target.account", String.valueOf(account.id()), null);
        return authentications.authentication(account, sessionId);
    }

    /** Ends the session: its cookie no longer authenticates, even if someone kept a copy. */
    @Transactional
    public void logOut(Authentication authentication) {
        Object sessionId = authentication.getAttributes().get(SessionAuthentications.SESSION_ATTRIBUTE);
        if (sessionId != null) {
            sessions.updateRevoke(sessionId.toString(), clock.now());
            authentications.evict(sessionId.toString());
            audit.record(Long.valueOf(authentication.getName()), "core.audit.logout", "core.audit.target.account", authentication.getName(), null);
        }
    }

    public static Optional<String> sessionId(Authentication authentication) {
        return Optional.ofNullable(authentication.getAttributes().get(SessionAuthentications.SESSION_ATTRIBUTE))
                .map(Object::toString);
    }
}
