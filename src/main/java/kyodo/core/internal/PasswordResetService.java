package kyodo.core.internal;

import kyodo.core.CityClock;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;

/** "Forgot your password": a link by e-mail that works once, for a limited time. */
@Singleton
public class PasswordResetService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordResetRepository resets;
    private final LoginSessionRepository sessions;
    private final AccountService accountService;
    private final SessionAuthentications authentications;
    private final CoreMails mails;
    private final AuditLog audit;
    private final int validMinutes;
    private final CityClock clock;

    PasswordResetService(AccountRepository accounts, PasswordResetRepository resets, LoginSessionRepository sessions,
                         AccountService accountService, SessionAuthentications authentications, CoreMails mails,
                         AuditLog audit, @Value("${kyodo.security.reset-minutes:60}") int validMinutes, CityClock clock) {
        this.accounts = accounts;
        this.resets = resets;
        this.sessions = sessions;
        this.accountService = accountService;
        this.authentications = authentications;
        this.mails = mails;
        this.audit = audit;
        this.validMinutes = validMinutes;
        this.clock = clock;
    }

    /** Sends a link if the address belongs to an account; says nothing either way to the visitor. */
    @Transactional
    public void requestReset(String email) {
        accounts.findByEmail(AccountService.normalizeEmail(email)).filter(Account::enabled).ifPresent(account -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            LocalDateTime now = clock.now();
            resets.endAllOfAccount(account.id(), now);
            resets.save(new PasswordReset(sha256(token), account.id(), now, now.plusMinutes(validMinutes), null));
            audit.record(account.id(), "core.audit.passwordResetRequested", "core.audit.target.account", String.valueOf(account.id()), null);
            mails.passwordReset(account.email(), account.displayName(), token, validMinutes);
        });
    }

    /** Whether a link is still usable, to show the form or a "link expired" page. */
    @Transactional
    public boolean isUsable(String token) {
        return resets.findById(sha256(token))
                .filter(r -> r.usedAt() == null && r.expiresAt().isAfter(clock.now()))
                .isPresent();
    }

    @Transactional
    public void reset(String token, String newPassword) {
        PasswordReset reset = resets.findForUpdate(sha256(token))
                .filter(r -> r.usedAt() == null && r.expiresAt().isAfter(clock.now()))
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.reset.expired"));
        Account account = accounts.findById(reset.accountId()).orElseThrow();
        FieldErrors errors = new FieldErrors();
        PasswordPolicy.check(newPassword, account.email(), "password", errors);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        accountService.setPassword(account, newPassword);
        resets.endAllOfAccount(account.id(), clock.now());
        sessions.updateRevokeAll(account.id(), clock.now());
        authentications.evictAccount(account.id());
        audit.record(account.id(), "core.audit.passwordReset", "core.audit.target.account", String.valueOf(account.id()), null);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
