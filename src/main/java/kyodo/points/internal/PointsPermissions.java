package kyodo.points.internal;

import jakarta.inject.Singleton;
import kyodo.core.PageAccess;
import kyodo.core.Role;
import kyodo.core.Viewer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Who may see what in the points module. */
@Singleton
public class PointsPermissions implements PageAccess {

    /** Coordinators check the activities hosts confirmed. */
    public static final Set<Role> CHECKERS = EnumSet.of(Role.COORDINATOR, Role.STAFF);
    /** Staff keep the rules, hosts, adjustments, exchanges, the year end and the reports. */
    public static final Set<Role> STAFF = EnumSet.of(Role.STAFF);

    @Override
    public List<Area> areas() {
        return List.of(new Area("/admin/points", STAFF), new Area("/admin/points/checks", CHECKERS));
    }

    public boolean isChecker(Viewer viewer) {
        return viewer.hasAny(CHECKERS);
    }
}
