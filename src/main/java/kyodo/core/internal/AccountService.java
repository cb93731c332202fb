package kyodo.core.internal;

import kyodo.core.CityClock;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Role;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Accounts: sign-up, passwords and roles. */
@Singleton
public class AccountService {

    private final AccountRepository accounts;
    private final LoginSessionRepository sessions;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final CoreMails mails;
    private final SessionAuthentications authentications;
    private final CityClock clock;
    private final AccessTokenService tokens;

    AccountService(AccountRepository accounts, LoginSessionRepository sessions, PasswordHasher hasher,
                   AuditLog audit, CoreMails mails, SessionAuthentications authentications, CityClock clock,
                   AccessTokenService tokens) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.audit = audit;
        this.mails = mails;
        this.authentications = authentications;
        this.clock = clock;
    }

    public record NewAccount(String email, String displayName, String nameKana, String password,
                             String area, String schoolDistrict) {
    }

    public record AccountView(long id, String email, String displayName, String nameKana, String area,
                              String schoolDistrict, boolean enabled, LocalDateTime createdAt, Set<Role> roles) {
    }

    public record AccountPage(List<AccountView> accounts, long total, int page, int pageSize) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Adds messages for a password that is too short, too long or too easy to guess. */
    public void checkPassword(String password, String email, String field, FieldErrors errors) {
        if (!errors.has(field)) {
            PasswordPolicy.check(password, normalizeEmail(email), field, errors);
        }
    }

    /** Creates a citizen account; a duplicate e-mail or weak password writes nothing. */
    @Transactional
    public long signUp(NewAccount input) {
        String email = normalizeEmail(input.email());
        FieldErrors errors = new FieldErrors();
        checkPassword(input.password(), email, "password", errors);
        if (accounts.existsByEmail(email)) {
            errors.add("email", "core.error.email.taken");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        long id = create(email, input.displayName(), input.nameKana(), input.password(),
                input.area(), input.schoolDistrict(), Set.of(Role.CITIZEN));
        audit.record(id, "core.audit.accountCreated", "core.audit.target.account", String.valueOf(id), null);
        mails.registered(email, input.displayName());
        return id;
    }

    /** Creates an account without the sign-up checks; for the first administrator and the demo city. */
    @Transactional
    public long create(String email, String displayName, String nameKana, String password,
                       String area, String schoolDistrict, Set<Role> roles) {
        LocalDateTime now = clock.now();
        Account saved = accounts.save(new Account(null, normalizeEmail(email), displayName.strip(), nameKana.strip(),
                hasher.hash(password), blankToNull(area), blankToNull(schoolDistrict), true, now, now));
        EnumSet<Role> all = EnumSet.of(Role.CITIZEN);
        all.addAll(roles);
        all.forEach(role -> accounts.insertRole(saved.id(), role.name(), now));
        return saved.id();
    }

    @Transactional
    public Optional<Long> findIdByEmail(String email) {
        return accounts.findByEmail(normalizeEmail(email)).map(Account::id);
    }

    @Transactional
    public Optional<AccountView> find(long id) {
        return accounts.findById(id).map(this::view);
    }

    @Transactional
    public void changePassword(long accountId, String current, String next, String currentSessionId) {
        Account account = accounts.findById(accountId).orElseThrow();
        FieldErrors errors = new FieldErrors();
        if (!hasher.matches(current == null ? "" : current, account.passwordHash())) {
            errors.add("currentPassword", "core.error.password.wrong");
        }
        PasswordPolicy.check(next, account.email(), "newPassword", errors);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        setPassword(account, next);
        // Other logins (another phone, a shared PC) end; this one continues.
        sessions.updateRevokeAll(accountId, clock.now());
        authentications.evictAccount(accountId);
        audit.record(accountId, "core.audit.passwordChanged", "core.audit.target.account", String.valueOf(accountId), null);
        if (currentSessionId != null) {
            sessions.findById(currentSessionId).ifPresent(s -> sessions.update(
                    new LoginSession(s.id(), s.accountId(), s.createdAt(), s.expiresAt(), null)));
        }
    }

    void setPassword(Account account, String password) {
        accounts.update(account.withPasswordHash(hasher.hash(password), clock.now()));
    }

    @Transactional
    public AccountPage search(String text, Role role, int page, int pageSize) {
        String t = text == null ? "" : text.strip();
        String r = role == null ? "" : role.name();
        int safePage = Math.max(1, page);
        List<AccountView> rows = views(accounts.search(t, r, pageSize, (safePage - 1) * pageSize));
        return new AccountPage(rows, accounts.countSearch(t, r), safePage, pageSize);
    }

    @Transactional
    public void grant(long actorId, long accountId, Role role) {
        accounts.findById(accountId).orElseThrow(() -> new FormInvalidException("role", "core.error.notFound"));
        if (accounts.insertRole(accountId, role.name(), clock.now()) > 0) {
            audit.record(actorId, "core.audit.roleGranted", "core.audit.target.account", String.valueOf(accountId), role.name());
        }
        authentications.evictAccount(accountId);
        tokens.forgetAccount(accountId);
    }

    @Transactional
    public void revoke(long actorId, long accountId, Role role) {
        if (role == Role.CITIZEN) {
            throw new FormInvalidException("role", "core.error.role.citizenFixed");
        }
        if (role == Role.ADMIN && actorId == accountId) {
            throw new FormInvalidException("role", "core.error.role.ownAdmin");
        }
        if (accounts.deleteRole(accountId, role.name()) > 0) {
            audit.record(actorId, "core.audit.roleRevoked", "core.audit.target.account", String.valueOf(accountId), role.name());
        }
        authentications.evictAccount(accountId);
        tokens.forgetAccount(accountId);
    }

    Set<Role> roles(long accountId) {
        return accounts.findRoles(accountId).stream().map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** Views of many accounts with their roles read in one query. */
    List<AccountView> views(List<Account> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Set<Role>> roles = new java.util.HashMap<>();
        accounts.findRolesOf(list.stream().map(Account::id).toList()).forEach(r -> roles
                .computeIfAbsent(r.accountId(), id -> EnumSet.noneOf(Role.class)).add(Role.valueOf(r.role())));
        return list.stream().map(a -> new AccountView(a.id(), a.email(), a.displayName(), a.nameKana(), a.area(),
                a.schoolDistrict(), a.enabled(), a.createdAt(), roles.getOrDefault(a.id(), Set.of()))).toList();
    }

    AccountView view(Account a) {
        return new AccountView(a.id(), a.email(), a.displayName(), a.nameKana(), a.area(), a.schoolDistrict(),
                a.enabled(), a.createdAt(), roles(a.id()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
