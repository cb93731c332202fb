package kyodo.directory.web;

import io.micronaut.security.authentication.Authentication;
import kyodo.core.Role;

import java.util.EnumSet;
import java.util.Set;

/** The signed-in person's id and roles, from the login token. */
public final class Visitors {

    private Visitors() {
    }

    public static long id(Authentication authentication) {
        return Long.parseLong(authentication.getName());
    }

    public static Set<Role> roles(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (authentication != null) {
            for (String r : authentication.getRoles()) {
                try {
                    roles.add(Role.valueOf(r));
                } catch (IllegalArgumentException ignored) {
                    // not a platform role
                }
            }
        }
        return roles;
    }
}
