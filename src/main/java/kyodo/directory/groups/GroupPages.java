package kyodo.directory.groups;

import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.Viewer;
import kyodo.directory.GroupType;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.DirectoryPermissions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The model of a group's page, shared by the public page and the coordinators' decisions. */
@Singleton
public class GroupPages {

    private final GroupFinder groups;
    private final GroupMembers members;
    private final DirectoryPermissions permissions;
    private final AuditLog audit;

    GroupPages(GroupFinder groups, GroupMembers members, DirectoryPermissions permissions, AuditLog audit) {
        this.groups = groups;
        this.members = members;
        this.permissions = permissions;
        this.audit = audit;
    }

    /**
     * Empty when the visitor may not see the group (not approved yet and neither a member nor a
     * coordinator). A coordinator who is not a member seeing the private contact is logged.
     */
    public Optional<Map<String, Object>> model(long groupId, Viewer viewer) {
        Group group = groups.find(groupId).orElse(null);
        if (group == null || !permissions.canSeeGroup(viewer, groupId, group.approved())) {
            return Optional.empty();
        }
        boolean member = permissions.isMember(viewer, groupId);
        boolean coordinator = permissions.coordinates(viewer);
        boolean insider = permissions.seesGroupInsides(viewer, groupId);
        if (coordinator && !member && group.privateContact() != null) {
            audit.record(viewer.accountId(), AuditLog.PERSONAL_DATA_VIEWED, GroupService.TARGET, String.valueOf(groupId),
                    "group private contact");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("group", group);
        model.put("insider", insider);
        model.put("representative", permissions.canEditGroup(viewer, groupId));
        model.put("coordinator", coordinator);
        model.put("members", insider ? members.members(groupId) : List.of());
        model.put("memberEmail", "");
        return Optional.of(model);
    }

    public static Map<String, Object> formModel(Object input, String action, boolean editing) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", input);
        model.put("action", action);
        model.put("editing", editing);
        model.put("types", Arrays.asList(GroupType.values()));
        model.put("fields", Arrays.asList(ActivityField.values()));
        return model;
    }
}
