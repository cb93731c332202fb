package kyodo.core.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Personal access tokens of the JSON API. A token is {@code kyodo_} and 32 random bytes (base64url); only their
 * SHA-256 is stored, looked up by its unique index and compared in constant time.
 * <p>
 * A call's token is authenticated from memory when it was seen in the last {@code kyodo.api.token-cache}
 * (5 s at most): the token's row, its account's name and current roles, kept per token hash. A token not in
 * memory is looked up off the request's thread, together with the others waiting at that moment (one query for
 * all of them, {@link GroupRunner}), and its last use is noted then (written by a background job every 250 ms,
 * at most once a minute a token). Expiry is checked on every call. Revoking a token, or granting or revoking one
 * of the account's roles, drops the account's entries on this instance at once (and again after the commit);
 * another app instance sees a revocation or a role change within the cache time, 5 s at most.
 */
@Singleton
public class AccessTokenService {

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenService.class);

    public static final String PREFIX = "kyodo_";
    public static final String TOKEN_ATTRIBUTE = "tokenId";
    public static final String SCOPE_ATTRIBUTE = "scope";
    /** The request attribute holding the {@link Authenticated} caller of a token call. */
    public static final String REQUEST_ATTRIBUTE = "kyodo.accessToken";
    static final String TARGET = "core.audit.target.accessToken";

    /** A token just made: {@code secret} is shown once and never again. */
    public record Created(AccessToken token, String secret) {
    }

    /**
     * A token that authenticates: its row and the account behind it, with the account's roles as they were when
     * the token was looked up, and the account's label for the audit log.
     */
    public record Authenticated(AccessToken token, Authentication authentication, String actorLabel) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final CompletableFuture<Optional<Authenticated>> NOBODY = CompletableFuture.completedFuture(Optional.empty());

    private final AccessTokenRepository tokens;
    private final AuditLog audit;
    private final AuditLogService auditLog;
    private final CityClock clock;
    private final TransactionOperations<Connection> transactions;
    private final int maxDays;
    private final Cache<String, Authenticated> callers;
    /** Moves whenever entries are dropped: a look-up that began before does not keep what it read. */
    private final AtomicLong evictions = new AtomicLong();
    /** Tokens used (looked up) since the last {@link #flushTouches}, with the time of use. */
    private final Map<Long, LocalDateTime> touched = new ConcurrentHashMap<>();
    private final GroupRunner<String, Optional<Authenticated>> lookups;

    AccessTokenService(AccessTokenRepository tokens, AuditLog audit, AuditLogService auditLog,
                       CityClock clock, TransactionOperations<Connection> transactions,
                       @Value("${kyodo.api.token-max-days:366}") int maxDays,
                       @Value("${kyodo.api.token-cache:5s}") Duration cacheTime) {
        this.tokens = tokens;
        this.audit = audit;
        this.auditLog = auditLog;
        this.clock = clock;
        this.transactions = transactions;
        this.maxDays = maxDays;
        // A cache age, not a time of day (Caffeine's own ticker); the tokens' expiry follows the city clock.
        this.callers = Caffeine.newBuilder().maximumSize(20_000)
                .expireAfterWrite(cacheTime.compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : cacheTime).build();
        this.lookups = new GroupRunner<>("token-lookup", 500, this::lookUp);
    }

    /** The last day a new token may be valid (the expiry is the end of the day chosen). */
    public LocalDate latestExpiry() {
        return clock.today().plusDays(maxDays - 1L);
    }

    @Transactional
    public Created create(long accountId, String name, String scope, LocalDate lastDay) {
        FieldErrors errors = new FieldErrors();
        if (!lastDay.isAfter(clock.today().minusDays(1))) {
            errors.add("expiresOn", "core.error.token.past");
        } else if (lastDay.isAfter(latestExpiry())) {
            errors.add("expiresOn", "core.error.token.tooLong", maxDays);
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        LocalDateTime now = clock.now();
        AccessToken saved = tokens.save(new AccessToken(null, accountId, name, hash(secret),
                AccessToken.WRITE.equals(scope) ? AccessToken.WRITE : AccessToken.READ, now,
                lastDay.plusDays(1).atStartOfDay(), null, null));
        audit.record(accountId, "core.audit.tokenCreated", TARGET, String.valueOf(saved.id()), saved.name() + " (" + saved.scope() + ")");
        return new Created(saved, secret);
    }

    /** The account's tokens, their last use including uses not written yet. */
    @Transactional
    public List<AccessToken> ofAccount(long accountId) {
        return tokens.findOfAccount(accountId).stream().map(t -> {
            LocalDateTime used = touched.get(t.id());
            return used == null || (t.lastUsedAt() != null && !t.lastUsedAt().isBefore(used.minusMinutes(1))) ? t
                    : new AccessToken(t.id(), t.accountId(), t.name(), t.tokenHash(), t.scope(), t.createdAt(),
                    t.expiresAt(), t.revokedAt(), used);
        }).toList();
    }

    /** Revokes one of the account's own tokens; false when it has none such (or it was revoked already). */
    @Transactional
    public boolean revoke(long accountId, long tokenId) {
        boolean done = tokens.revoke(tokenId, accountId, clock.now()) == 1;
        if (done) {
            audit.record(accountId, "core.audit.tokenRevoked", TARGET, String.valueOf(tokenId), null);
            forgetAccount(accountId);
        }
        return done;
    }

    /**
     * The live token with this secret, its account enabled. Completes at once when the token was seen in the last
     * few seconds (or the secret cannot be a token); otherwise once it has been looked up, off the caller's thread.
     */
    public CompletableFuture<Optional<Authenticated>> authenticate(@Nullable String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return NOBODY;
        }
        String hash = hash(secret);
        Authenticated known = callers.getIfPresent(hash);
        if (known != null) {
            return CompletableFuture.completedFuture(live(known));
        }
        return lookups.submit(hash).thenApply(found -> found.flatMap(this::live));
    }

    private Optional<Authenticated> live(Authenticated caller) {
        return caller.token().liveAt(clock.now()) ? Optional.of(caller) : Optional.empty();
    }

    /** Looks up the tokens of a group of calls in one query; keeps them in memory and notes their use. */
    private List<Optional<Authenticated>> lookUp(List<String> hashes) {
        long before = evictions.get();
        Map<String, TokenCaller> found = new HashMap<>();
        for (TokenCaller row : tokens.findCallers(new HashSet<>(hashes))) {
            found.put(row.tokenHash(), row);
        }
        LocalDateTime now = clock.now();
        boolean keep = evictions.get() == before;
        List<Optional<Authenticated>> answers = new ArrayList<>(hashes.size());
        for (String hash : hashes) {
            TokenCaller row = found.get(hash);
            if (row == null || !MessageDigest.isEqual(row.tokenHash().getBytes(StandardCharsets.US_ASCII),
                    hash.getBytes(StandardCharsets.US_ASCII))) {
                answers.add(Optional.empty());
                continue;
            }
            AccessToken token = row.token();
            List<String> roles = row.roles() == null ? List.of() : List.of(row.roles().split(","));
            Authentication authentication = Authentication.build(String.valueOf(token.accountId()), roles,
                    Map.of(SessionAuthentications.NAME_ATTRIBUTE, row.displayName(), TOKEN_ATTRIBUTE, token.id(),
                            SCOPE_ATTRIBUTE, token.scope()));
            Authenticated caller = new Authenticated(token, authentication, row.displayName() + " <" + row.email() + ">");
            if (keep) {
                callers.put(hash, caller);
            }
            if (token.liveAt(now)) {
                touched.merge(token.id(), now, (a, b) -> a.isAfter(b) ? a : b);
            }
            answers.add(Optional.of(caller));
        }
        return answers;
    }

    /**
     * Drops what this instance holds of the account's tokens, now and again once the current transaction (the one
     * revoking a token or changing a role) has ended, so that no look-up in between keeps the old state.
     */
    public void forgetAccount(long accountId) {
        Runnable drop = () -> {
            evictions.incrementAndGet();
            callers.asMap().values().removeIf(c -> c.token().accountId() == accountId);
        };
        drop.run();
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(Status completed) {
                drop.run();
            }
        }));
    }

    /**
     * Audits one call made with a token, like a page view, written together with the other calls' entries; the
     * future completes once the entry is committed (or, if it could not be written, logged).
     */
    public CompletableFuture<Boolean> audited(Authenticated caller, String method, String path, int status,
                                              @Nullable String address) {
        return auditLog.recordGrouped(AuditLogService.entry(clock.now(), caller.token().accountId(), caller.actorLabel(),
                "core.audit.apiCall", TARGET, String.valueOf(caller.token().id()), method + " " + path + " " + status, address));
    }

    /** Writes the last use of the tokens looked up since the last run (to the minute). Returns the tokens written. */
    @Scheduled(fixedDelay = "${kyodo.api.token-touch-every:250ms}", initialDelay = "1s")
    public synchronized int flushTouches() {
        if (touched.isEmpty()) {
            return 0;
        }
        Map<Long, LocalDateTime> taken = new HashMap<>();
        for (Long id : List.copyOf(touched.keySet())) {
            LocalDateTime at = touched.remove(id);
            if (at != null) {
                taken.put(id, at);
            }
        }
        if (taken.isEmpty()) {
            return 0;
        }
        LocalDateTime at = taken.values().stream().max(LocalDateTime::compareTo).orElseThrow();
        try {
            List<Long> ids = List.copyOf(taken.keySet());
            for (int from = 0; from < ids.size(); from += 1000) {
                tokens.touchAll(ids.subList(from, Math.min(ids.size(), from + 1000)), at, at.minusMinutes(1));
            }
        } catch (RuntimeException e) {
            LOG.warn("Last use of {} tokens not written; kept for the next run", taken.size(), e);
            taken.forEach((id, time) -> touched.merge(id, time, (a, b) -> a.isAfter(b) ? a : b));
            return 0;
        }
        return taken.size();
    }

    @PreDestroy
    void close() {
        lookups.close();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
