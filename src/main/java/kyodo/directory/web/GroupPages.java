package kyodo.directory.web;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.Role;
import kyodo.directory.GroupType;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.Group;
import kyodo.directory.internal.GroupService;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The model of a group's page, shared by the public page and the coordinators' decisions. */
@Singleton
public class GroupPages {

    private final GroupService groups;
    private final AuditLog audit;

    GroupPages(GroupService groups, AuditLog audit) {
        this.groups = groups;
        this.audit = audit;
    }

    /**
     * Empty when the visitor may not see the group (not approved yet and neither a member nor a
     * coordinator). A coordinator who is not a member seeing the private contact is logged.
     */
    public Optional<Map<String, Object>> model(long groupId, Authentication authentication) {
        Group group = groups.find(groupId).orElse(null);
        if (group == null) {
            return Optional.empty();
        }
        Long visitor = authentication == null ? null : Visitors.id(authentication);
        Set<Role> roles = Visitors.roles(authentication);
        boolean member = visitor != null && groups.isMember(visitor, groupId);
        boolean representative = visitor != null && groups.isRepresentative(visitor, groupId);
        boolean coordinator = GroupService.isCoordinator(roles);
        if (!group.approved() && !member && !coordinator) {
            return Optional.empty();
        }
        boolean insider = member || coordinator;
        if (coordinator && !member && group.privateContact() != null) {
            audit.record(visitor, AuditLog.PERSONAL_DATA_VIEWED, "group", String.valueOf(groupId), "group private contact");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("group", group);
        model.put("insider", insider);
        model.put("representative", representative || coordinator);
        model.put("coordinator", coordinator);
        model.put("members", insider ? groups.members(groupId) : List.of());
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
