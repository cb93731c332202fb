package kyodo.plan.internal;

import jakarta.inject.Singleton;
import kyodo.core.PageAccess;
import kyodo.core.Role;
import kyodo.core.Viewer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may see what in the plan module: plan staff keep plans, items, rounds, reviews and KPIs; any
 * signed-in account may open the department pages, which show the items of the departments it belongs
 * to (a department's staff need no other role); everyone reads the published plan.
 */
@Singleton
public class PlanPermissions implements PageAccess {

    public static final Set<Role> STAFF = EnumSet.of(Role.STAFF);
    public static final Set<Role> MEMBERS = EnumSet.allOf(Role.class);

    private final DepartmentRepository departments;

    PlanPermissions(DepartmentRepository departments) {
        this.departments = departments;
    }

    @Override
    public List<Area> areas() {
        return List.of(new Area("/admin/plan", STAFF), new Area("/plan/department", MEMBERS));
    }

    public boolean isPlanStaff(Viewer viewer) {
        return viewer.hasAny(STAFF);
    }

    /** Whether the viewer reports for this item: a member of its 主たる部署, or plan staff. */
    public boolean mayReport(Viewer viewer, Item item) {
        if (isPlanStaff(viewer)) {
            return true;
        }
        return item.departmentId() != null && departments.countMember(item.departmentId(), viewer.accountId()) > 0;
    }
}
