package kyodo.core;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Set;

/** What other modules may know of an account. The e-mail is for notifications, not for display. */
@Serdeable
public record AccountSummary(long id, String displayName, String nameKana, String email,
                             String area, String schoolDistrict, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
