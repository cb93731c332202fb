package kyodo.support;

import jakarta.inject.Singleton;
import kyodo.core.Role;
import kyodo.core.internal.AccountService;

import java.util.Set;
import java.util.UUID;

/**
 * Creates accounts for tests, each with a unique e-mail (the test database is shared by all
 * test classes of a run), and logs them in.
 */
@Singleton
public class TestAccounts {

    public static final String PASSWORD = "test-pass-2026";

    public record TestAccount(long id, String email, String password, String name) {
    }

    private final AccountService accounts;

    public TestAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    public TestAccount create(Role... roles) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "user-" + unique + "@example.jp";
        String name = "テスト " + unique;
        long id = accounts.create(email, name, "テスト", PASSWORD, "中央地区", "中央小学校区", Set.of(roles));
        return new TestAccount(id, email, PASSWORD, name);
    }

    /** A new account with these roles, logged in on a new session. */
    public WebSession loggedIn(java.net.URL base, Role... roles) {
        TestAccount account = create(roles);
        return WebSession.at(base).logIn(account.email(), account.password());
    }

    public WebSession logIn(java.net.URL base, TestAccount account) {
        return WebSession.at(base).logIn(account.email(), account.password());
    }
}
