package kyodo.core;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.EnumSet;
import java.util.Set;

/** The signed-in person a request acts for, as permissions classes and services see them. */
public record Viewer(long accountId, Set<Role> roles) {

    /** The viewer of a signed-in request (the login token names the account and its roles). */
    public static Viewer of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getRoles().forEach(r -> roles.add(Role.valueOf(r)));
        return new Viewer(Long.parseLong(authentication.getName()), roles);
    }

    /** The viewer, or null for an anonymous visitor. */
    public static @Nullable Viewer orNull(@Nullable Authentication authentication) {
        return authentication == null ? null : of(authentication);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
