package kyodo.support.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import kyodo.core.PageAccess;
import kyodo.core.Role;
import kyodo.core.Viewer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may see what in the support module: staff run the rounds, claims, campaigns and festa editions;
 * the promotion committee screens and votes on nominations; a group representative or a coordinator
 * reports an accident; health details of a claim are for staff only.
 */
@Singleton
public class SupportPermissions implements PageAccess {

    public static final Set<Role> STAFF = EnumSet.of(Role.STAFF, Role.ADMIN);
    public static final Set<Role> COMMITTEE = EnumSet.of(Role.REVIEWER);

    @Override
    public List<Area> areas() {
        return List.of(new Area("/admin/support", STAFF), new Area("/review/letters", COMMITTEE));
    }

    public boolean isStaff(@Nullable Viewer viewer) {
        return viewer != null && viewer.hasAny(STAFF);
    }

    /** Coordinators report accidents for any group; a group's representative for their own group. */
    public boolean isCoordinator(@Nullable Viewer viewer) {
        return viewer != null && viewer.has(Role.COORDINATOR);
    }

    /** The health details of a claim (要配慮個人情報): staff only. */
    public boolean mayReadHealthDetails(@Nullable Viewer viewer) {
        return isStaff(viewer);
    }
}
