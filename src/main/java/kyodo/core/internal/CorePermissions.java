package kyodo.core.internal;

import jakarta.inject.Singleton;
import kyodo.core.PageAccess;
import kyodo.core.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Who may open core's pages: accounts, the audit log and the outbox are the administrator's. */
@Singleton
public class CorePermissions implements PageAccess {

    /** Everyone with a role beyond citizen has a management menu. */
    public static final Set<Role> MANAGERS = EnumSet.of(Role.COORDINATOR, Role.REVIEWER, Role.STAFF, Role.ADMIN);

    @Override
    public List<Area> areas() {
        return List.of(
                new Area("/manage", MANAGERS),
                Area.of("/admin/accounts", Role.ADMIN),
                Area.of("/admin/audit", Role.ADMIN),
                Area.of("/admin/outbox", Role.ADMIN));
    }
}
