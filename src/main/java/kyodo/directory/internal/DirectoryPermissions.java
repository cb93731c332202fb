package kyodo.directory.internal;

import jakarta.inject.Singleton;
import kyodo.core.PageAccess;
import kyodo.core.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Who may see what in the directory module. */
@Singleton
public class DirectoryPermissions implements PageAccess {

    /** Coordinators keep the directory, the board and the matching, with staff. */
    public static final Set<Role> COORDINATION = EnumSet.of(Role.COORDINATOR, Role.STAFF, Role.ADMIN);
    /** Imports, the status survey and exports with contact details are staff work. */
    public static final Set<Role> STAFF = EnumSet.of(Role.STAFF, Role.ADMIN);

    @Override
    public List<Area> areas() {
        return List.of(
                new Area("/admin/groups", COORDINATION),
                new Area("/admin/board", COORDINATION),
                new Area("/admin/volunteers", COORDINATION),
                new Area("/admin/lecture-requests", COORDINATION),
                new Area("/admin/lecture-requests/export", STAFF),
                new Area("/admin/directory", STAFF),
                new Area("/admin/surveys", STAFF));
    }
}
