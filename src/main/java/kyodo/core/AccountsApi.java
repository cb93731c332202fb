package kyodo.core;

import java.util.List;
import java.util.Optional;

/** The accounts part of the core API, for other modules. */
public interface AccountsApi {

    Optional<AccountSummary> find(long accountId);

    List<AccountSummary> findAll(java.util.Collection<Long> accountIds);

    List<AccountSummary> withRole(Role role);

    /** The account with this e-mail address (as people type it: case and spaces do not matter). */
    Optional<AccountSummary> findByEmail(String email);

    /** The signed-in user of a request, if any (id from the login token). */
    Optional<Long> accountId(io.micronaut.security.authentication.Authentication authentication);
}
