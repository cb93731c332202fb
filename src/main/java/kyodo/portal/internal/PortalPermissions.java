package kyodo.portal.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import kyodo.core.PageAccess;
import kyodo.core.Role;
import kyodo.core.Viewer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Who may see what in the portal: editors (staff and coordinators) write news, newsletters, case studies and corners. */
@Singleton
public class PortalPermissions implements PageAccess {

    public static final Set<Role> EDITORS = EnumSet.of(Role.STAFF, Role.COORDINATOR, Role.ADMIN);

    @Override
    public List<Area> areas() {
        return List.of(new Area("/admin/portal", EDITORS));
    }

    public boolean isEditor(@Nullable Viewer viewer) {
        return viewer != null && viewer.hasAny(EDITORS);
    }
}
