package kyodo.directory.internal;

import jakarta.inject.Singleton;
import kyodo.core.PageAccess;
import kyodo.core.Role;
import kyodo.core.Viewer;
import kyodo.directory.groups.GroupMemberRepository;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may see what in the directory module: the role-gated staff areas, and the decisions about
 * one object (this group, this post, this request) that controllers and services ask for.
 */
@Singleton
public class DirectoryPermissions implements PageAccess {

    /** Coordinators keep the directory, the board and the matching, with staff. */
    public static final Set<Role> COORDINATION = EnumSet.of(Role.COORDINATOR, Role.STAFF, Role.ADMIN);
    /** Imports, the status survey and exports with contact details are staff work. */
    public static final Set<Role> STAFF = EnumSet.of(Role.STAFF, Role.ADMIN);

    private final GroupMemberRepository members;

    DirectoryPermissions(GroupMemberRepository members) {
        this.members = members;
    }

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

    /** Coordinators (and staff, administrators) act for any group, post or match. */
    public boolean coordinates(Viewer viewer) {
        return viewer != null && viewer.hasAny(COORDINATION);
    }

    public boolean isStaff(Viewer viewer) {
        return viewer != null && viewer.hasAny(STAFF);
    }

    public boolean isRepresentative(Viewer viewer, long groupId) {
        return viewer != null && members.countRepresentative(groupId, viewer.accountId()) > 0;
    }

    public boolean isMember(Viewer viewer, long groupId) {
        return viewer != null && members.countMembership(groupId, viewer.accountId()) > 0;
    }

    /** A group's data, its people and its lectures are kept by its representative or a coordinator. */
    public boolean canEditGroup(Viewer viewer, long groupId) {
        return coordinates(viewer) || isRepresentative(viewer, groupId);
    }

    /** A group not approved yet is seen only by its own people and coordinators. */
    public boolean canSeeGroup(Viewer viewer, long groupId, boolean approved) {
        return approved || coordinates(viewer) || isMember(viewer, groupId);
    }

    /** The center's contact of a group and its member list: the group's own people and coordinators. */
    public boolean seesGroupInsides(Viewer viewer, long groupId) {
        return coordinates(viewer) || isMember(viewer, groupId);
    }

    /** Only the group's representative answers the status survey: not its members, not the center. */
    public boolean canAnswerSurvey(Viewer viewer, long groupId) {
        return isRepresentative(viewer, groupId);
    }

    /** A member leaves by themself; anyone else is removed by the representative or a coordinator. */
    public boolean canRemoveMember(Viewer viewer, long groupId, long accountId) {
        return viewer != null && (viewer.accountId() == accountId || canEditGroup(viewer, groupId));
    }

    /** A post not (or no longer) public is seen by its poster and coordinators. */
    public boolean canSeePost(Viewer viewer, long posterId, boolean isPublic) {
        return isPublic || owns(viewer, posterId) || coordinates(viewer);
    }

    /** Closing a post, cancelling a match on it: its poster or a coordinator. */
    public boolean canActOnPost(Viewer viewer, long posterId) {
        return owns(viewer, posterId) || coordinates(viewer);
    }

    public boolean owns(Viewer viewer, long accountId) {
        return viewer != null && viewer.accountId() == accountId;
    }

    /**
     * The requester sees a volunteer's contact details only once the volunteer accepted (or did the
     * activity) and consented to sharing them.
     */
    public boolean requesterSeesVolunteerContact(boolean accepted, boolean consented, boolean active) {
        return accepted && consented && active;
    }

    /** A group's representative sees who requested a lecture only once it is 成立 (confirmed). */
    public boolean representativeSeesRequesterContact(boolean confirmed) {
        return confirmed;
    }

    /** Exports with names and contact details of volunteers are for staff; coordinators get the other columns. */
    public boolean exportsPersonalData(Viewer viewer) {
        return isStaff(viewer);
    }
}
