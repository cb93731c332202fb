package kyodo.core.internal;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.util.SupplierUtil;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** bcrypt; the cost is configurable so that tests need not pay for production's. */
@Singleton
class PasswordHasher {

    private final int cost;
    /**
     * Checked against when the account does not exist, so both cases take as long. Made at the first such check, not
     * at start-up, where hashing it with a cold JIT took a second of the app's start on two cores.
     */
    private final Supplier<String> dummyHash;

    PasswordHasher(@Value("${kyodo.security.bcrypt-cost:11}") int cost) {
        this.cost = cost;
        this.dummyHash = SupplierUtil.memoized(() -> hash("not-a-real-password"));
    }

    String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    /** A password longer than bcrypt reads (72 bytes) was never set here, so it matches nothing. */
    boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            BCrypt.verifyer().verify("x".getBytes(StandardCharsets.UTF_8), dummyHash.get().getBytes(StandardCharsets.UTF_8));
            return false;
        }
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                (hash == null ? dummyHash.get() : hash).getBytes(StandardCharsets.UTF_8)).verified && hash != null;
    }
}
