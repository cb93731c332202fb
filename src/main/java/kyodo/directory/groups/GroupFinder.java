package kyodo.directory.groups;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.directory.GroupType;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.Text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads groups: one, several, the ones a person belongs to, and the searches. */
@Singleton
public class GroupFinder {

    public record GroupPage(List<Group> groups, long total, int page, int pageSize) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    public record Search(String text, ActivityField field, String area, GroupType type) {
    }

    private final GroupRepository groups;
    private final GroupMemberRepository members;

    GroupFinder(GroupRepository groups, GroupMemberRepository members) {
        this.groups = groups;
        this.members = members;
    }

    @Transactional
    public Optional<Group> find(long id) {
        return groups.findById(id).map(r -> withFields(List.of(r)).get(0));
    }

    @Transactional
    public List<Group> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : withFields(groups.findInKanaOrder(ids));
    }

    /** Groups the account belongs to, with the account's role in each. */
    @Transactional
    public Map<Group, GroupService.MemberRole> groupsOf(long accountId) {
        Map<Long, GroupService.MemberRole> roles = new HashMap<>();
        members.ofAccount(accountId).forEach(m -> roles.put(m.groupId(), GroupService.MemberRole.valueOf(m.memberRole())));
        Map<Group, GroupService.MemberRole> out = new LinkedHashMap<>();
        findAll(roles.keySet()).forEach(g -> out.put(g, roles.get(g.id())));
        return out;
    }

    @Transactional
    public Set<Long> groupIdsOf(long accountId) {
        Set<Long> ids = new TreeSet<>();
        members.ofAccount(accountId).forEach(m -> ids.add(m.groupId()));
        return ids;
    }

    @Transactional
    public List<Group> representedBy(long accountId, boolean approvedOnly) {
        return withFields(groups.representedBy(accountId, approvedOnly));
    }

    /** The public list: approved groups only, in kana order. */
    @Transactional
    public GroupPage search(Search search, int page, int pageSize) {
        return searchWithStatus(search, Group.Status.APPROVED, page, pageSize);
    }

    /** Any status when {@code status} is null (the coordinators' list). */
    @Transactional
    public GroupPage searchWithStatus(Search search, Group.Status status, int page, int pageSize) {
        String s = status == null ? "" : status.name();
        String text = search.text() == null ? "" : Text.like(search.text());
        String field = search.field() == null ? "" : search.field().name();
        String area = search.area() == null ? "" : Text.like(search.area());
        String type = search.type() == null ? "" : search.type().name();
        int safePage = Math.max(1, page);
        long total = groups.countSearch(s, text, field, area, type);
        List<Group> found = withFields(groups.search(s, text, field, area, type, pageSize, (safePage - 1) * pageSize));
        return new GroupPage(found, total, safePage, pageSize);
    }

    private List<Group> withFields(List<GroupRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ActivityField>> fields = new HashMap<>();
        for (GroupField f : groups.fieldsOf(rows.stream().map(GroupRow::id).toList())) {
            ActivityField field = ActivityField.parse(f.field());
            if (field != null) {
                fields.computeIfAbsent(f.groupId(), k -> new ArrayList<>()).add(field);
            }
        }
        fields.values().forEach(l -> l.sort(null));
        return rows.stream().map(r -> Group.of(r, fields.getOrDefault(r.id(), List.of()))).toList();
    }

    public static GroupType parseType(String value) {
        if (value == null) {
            return null;
        }
        try {
            return GroupType.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
