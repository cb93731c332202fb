package kyodo.core;

import java.util.List;
import java.util.Set;

/**
 * The role-gated areas of a module (its staff and review pages): which roles may open the pages
 * under a path. Each module's permissions class provides them. Core's security rule admits a
 * request by the most specific area that covers its path, and the navigation offers a link
 * only to the roles its area admits, so the two cannot disagree.
 */
public interface PageAccess {

    List<Area> areas();

    /** The pages at {@code path} and below it ({@code /admin/events} covers {@code /admin/events/3/edit}). */
    record Area(String path, Set<Role> roles) {

        public static Area of(String path, Role... roles) {
            return new Area(path, Set.of(roles));
        }

        public boolean covers(String requestPath) {
            // The path itself, or the path followed by "/" or "." (asked for every menu link of every page: no new strings).
            if (!requestPath.startsWith(path)) {
                return false;
            }
            if (requestPath.length() == path.length()) {
                return true;
            }
            char next = requestPath.charAt(path.length());
            return next == '/' || next == '.';
        }

        public boolean admits(Set<Role> visitorRoles) {
            return roles.stream().anyMatch(visitorRoles::contains);
        }
    }
}
