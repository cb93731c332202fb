package kyodo.core.internal;

import kyodo.core.CityClock;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import kyodo.core.Role;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Turns a login session id (carried in the token cookie) into the account's current
 * authentication: a revoked session or a disabled account is not authenticated, and a role
 * granted or revoked counts from the next request. Answers are cached for a few seconds
 * so that a page view costs no query; changes made here evict them at once.
 */
@Singleton
class SessionAuthentications {

    static final String SESSION_ATTRIBUTE = "sid";
    static final String NAME_ATTRIBUTE = "name";
    private static final long CACHE_MILLIS = 5_000;

    private record Cached(Optional<Authentication> authentication, long loadedAt) {
    }

    private final LoginSessionRepository sessions;
    private final AccountRepository accounts;
    private final CityClock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    SessionAuthentications(LoginSessionRepository sessions, AccountRepository accounts, CityClock clock) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.clock = clock;
    }

    Optional<Authentication> forSession(String sessionId) {
        long now = System.nanoTime() / 1_000_000; // a cache age, not a time of day
        Cached cached = cache.get(sessionId);
        if (cached != null && now - cached.loadedAt() < CACHE_MILLIS) {
            return cached.authentication();
        }
        Optional<Authentication> loaded = load(sessionId);
        if (cache.size() > 50_000) {
            cache.clear();
        }
        cache.put(sessionId, new Cached(loaded, now));
        return loaded;
    }

    private Optional<Authentication> load(String sessionId) {
        return sessions.findLive(sessionId, clock.now()).map(a -> authentication(a.accountId(), a.displayName(),
                a.roles() == null ? List.of() : List.of(a.roles().split(",")), sessionId));
    }

    Authentication authentication(Account account, String sessionId) {
        return authentication(account.id(), account.displayName(), accounts.findRoles(account.id()), sessionId);
    }

    private static Authentication authentication(long accountId, String displayName, List<String> roleNames,
                                                 String sessionId) {
        Set<Role> roles = roleNames.stream().map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        List<String> names = roles.stream().map(Role::name).toList();
        return Authentication.build(String.valueOf(accountId), names,
                Map.of(SESSION_ATTRIBUTE, sessionId, NAME_ATTRIBUTE, displayName));
    }

    void evict(String sessionId) {
        cache.remove(sessionId);
    }

    void evictAccount(long accountId) {
        String subject = String.valueOf(accountId);
        cache.entrySet().removeIf(e -> e.getValue().authentication()
                .map(a -> a.getName().equals(subject)).orElse(false));
    }
}
