package kyodo.voices.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import kyodo.core.PageAccess;
import kyodo.core.Role;
import kyodo.core.Viewer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may see what in the voices module. The staff pages are for the city's staff (and administrators, who
 * keep the departments). Opinions, letters and applications hold personal data: only the department a thing is
 * assigned to and the coordinating department (企画・広聴, the staff who run citizen participation and the plan)
 * see them; a staff member belongs to departments through {@code voi_department_member}.
 */
@Singleton
public class VoicesPermissions implements PageAccess {

    public static final Set<Role> STAFF = EnumSet.of(Role.STAFF, Role.ADMIN);

    private final DepartmentRepository departments;

    VoicesPermissions(DepartmentRepository departments) {
        this.departments = departments;
    }

    @Override
    public List<Area> areas() {
        return List.of(new Area("/admin/voices", STAFF));
    }

    /** The departments a viewer belongs to, and whether one of them coordinates. */
    public record Membership(Set<Long> departments, Set<Long> supervises, boolean coordinating) {

        public boolean in(long departmentId) {
            return departments.contains(departmentId);
        }

        public boolean any() {
            return !departments.isEmpty();
        }
    }

    public Membership membership(@Nullable Viewer viewer) {
        if (viewer == null || !viewer.hasAny(STAFF)) {
            return new Membership(Set.of(), Set.of(), false);
        }
        List<DepartmentMember> rows = departments.membershipsOf(viewer.accountId());
        Set<Long> ids = rows.stream().map(DepartmentMember::departmentId).collect(Collectors.toSet());
        Set<Long> supervises = rows.stream().filter(DepartmentMember::supervisor).map(DepartmentMember::departmentId)
                .collect(Collectors.toSet());
        boolean coordinating = !ids.isEmpty() && departments.findAll().stream()
                .anyMatch(d -> d.coordinating() && ids.contains(d.id()));
        return new Membership(ids, supervises, coordinating);
    }

    /** Personal data of something assigned to {@code departmentId} (null: not assigned yet, coordinators only). */
    public boolean seesPersonalData(@Nullable Viewer viewer, @Nullable Long departmentId) {
        Membership m = membership(viewer);
        return m.coordinating() || (departmentId != null && m.in(departmentId));
    }

    /**
     * Staff work for a department (a draft, a council, a questionnaire): its members and the coordinators; a
     * department that does not exist has nobody (a form naming one is refused with a message).
     */
    public boolean worksFor(@Nullable Viewer viewer, long departmentId) {
        return seesPersonalData(viewer, departmentId) && departments.existsById(departmentId);
    }

    /** Routing opinions and publishing letters is the coordinating department's job. */
    public boolean coordinates(@Nullable Viewer viewer) {
        return membership(viewer).coordinating();
    }

    /** A reply is approved by a supervisor of the department it was routed to. */
    public boolean supervises(@Nullable Viewer viewer, long departmentId) {
        return membership(viewer).supervises().contains(departmentId);
    }

    /** Departments and their staff are kept by administrators and the coordinating department. */
    public boolean keepsDepartments(@Nullable Viewer viewer) {
        return viewer != null && (viewer.has(Role.ADMIN) || coordinates(viewer));
    }
}
