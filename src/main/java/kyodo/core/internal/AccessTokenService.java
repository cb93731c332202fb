package kyodo.core.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Personal access tokens of the JSON API and the API's rate limits. A token is {@code kyodo_} and 32 random
 * bytes (base64url); only their SHA-256 is stored, looked up by its unique index and compared in constant time.
 * Calls are counted per key in one-minute windows in the database (one upsert a call), so two app instances
 * on one database share the limits.
 */
@Singleton
public class AccessTokenService {

    public static final String PREFIX = "kyodo_";
    public static final String TOKEN_ATTRIBUTE = "tokenId";
    public static final String SCOPE_ATTRIBUTE = "scope";
    /** The request attribute holding the {@link Authenticated} caller of a token call. */
    public static final String REQUEST_ATTRIBUTE = "kyodo.accessToken";
    static final String TARGET = "core.audit.target.accessToken";

    /** A token just made: {@code secret} is shown once and never again. */
    public record Created(AccessToken token, String secret) {
    }

    /** A token that authenticates: its row and the account behind it, with the account's current roles. */
    public record Authenticated(AccessToken token, Authentication authentication) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokenRepository tokens;
    private final AccountRepository accounts;
    private final ApiRateRepository rates;
    private final AuditLog audit;
    private final CityClock clock;
    private final int maxDays;

    AccessTokenService(AccessTokenRepository tokens, AccountRepository accounts, ApiRateRepository rates, AuditLog audit,
                       CityClock clock, @Value("${kyodo.api.token-max-days:366}") int maxDays) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.rates = rates;
        this.audit = audit;
        this.clock = clock;
        this.maxDays = maxDays;
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

    @Transactional
    public List<AccessToken> ofAccount(long accountId) {
        return tokens.findOfAccount(accountId);
    }

    /** Revokes one of the account's own tokens; false when it has none such (or it was revoked already). */
    @Transactional
    public boolean revoke(long accountId, long tokenId) {
        boolean done = tokens.revoke(tokenId, accountId, clock.now()) == 1;
        if (done) {
            audit.record(accountId, "core.audit.tokenRevoked", TARGET, String.valueOf(tokenId), null);
        }
        return done;
    }

    /** The live token with this secret, its account enabled; notes its use. */
    @Transactional
    public Optional<Authenticated> authenticate(@Nullable String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(secret);
        LocalDateTime now = clock.now();
        Optional<AccessToken> found = tokens.findByTokenHash(hash)
                .filter(t -> MessageDigest.isEqual(t.tokenHash().getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII)))
                .filter(t -> t.liveAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccessToken token = found.get();
        Optional<Account> account = accounts.findById(token.accountId()).filter(Account::enabled);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        tokens.touch(token.id(), now, now.minusMinutes(1));
        Authentication authentication = Authentication.build(String.valueOf(token.accountId()),
                accounts.findRoles(token.accountId()), Map.of(SessionAuthentications.NAME_ATTRIBUTE,
                        account.get().displayName(), TOKEN_ATTRIBUTE, token.id(), SCOPE_ATTRIBUTE, token.scope()));
        return Optional.of(new Authenticated(token, authentication));
    }

    /** Audits one call made with a token, like a page view. */
    @Transactional
    public void audited(Authenticated caller, String method, String path, int status) {
        audit.record(caller.token().accountId(), "core.audit.apiCall", TARGET, String.valueOf(caller.token().id()),
                method + " " + path + " " + status);
    }

    /**
     * Counts a call against {@code key}; empty while within {@code limit} calls this minute, else the seconds
     * until the next window. On one connection but outside a transaction: the counter's row (one for all the
     * calls of a client address) is locked only while the counting statement runs, not until a commit.
     */
    @Connectable
    public OptionalLong overLimit(String key, int limit) {
        LocalDateTime now = clock.now();
        LocalDateTime window = now.truncatedTo(ChronoUnit.MINUTES);
        String k = key.length() > 100 ? key.substring(0, 100) : key;
        rates.count(k, window);
        long hits = rates.countReached();
        if (hits <= limit) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.between(now, window.plusMinutes(1)).toSeconds() + 1));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One counter row is kept per token and per client address ever seen; those not seen for a day are
     * forgotten, so the table holds only the recent callers. Returns how many were forgotten.
     */
    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    @Transactional
    public int forgetOldRateCounters() {
        return rates.forgetBefore(clock.now().minusDays(1));
    }
}
