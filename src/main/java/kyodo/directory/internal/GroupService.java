package kyodo.directory.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.KyodoSettings;
import kyodo.core.Notifier;
import kyodo.core.Role;
import kyodo.directory.GroupType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Groups: registration, coordinator approval, representative and members, the public search. */
@Singleton
public class GroupService {

    public enum MemberRole { REPRESENTATIVE, MEMBER }

    public record Member(long accountId, String name, MemberRole role) {
    }

    public record GroupPage(List<Group> groups, long total, int page, int pageSize) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    public record Search(String text, ActivityField field, String area, GroupType type) {
    }

    private final Db db;
    private final FormValidator validator;
    private final AccountsApi accounts;
    private final AuditLog audit;
    private final Notifier notifier;
    private final KyodoSettings settings;

    GroupService(Db db, FormValidator validator, AccountsApi accounts, AuditLog audit, Notifier notifier,
                 KyodoSettings settings) {
        this.db = db;
        this.validator = validator;
        this.accounts = accounts;
        this.audit = audit;
        this.notifier = notifier;
        this.settings = settings;
    }

    /** Checks the input; the errors are keyed by form field. */
    public FieldErrors check(GroupInput input) {
        FieldErrors errors = validator.validate(input);
        if (input.groupType() != null && parseType(input.groupType()) == null) {
            errors.add("groupType", "dir.error.choose");
        }
        if (input.foundedYear() != null && !errors.has("foundedYear")) {
            int year = Integer.parseInt(input.foundedYear());
            if (year < 1868 || year > Year.now().getValue()) {
                errors.add("foundedYear", "dir.error.year");
            }
        }
        if (input.activityFields() != null && ActivityField.parseAll(input.activityFields()).size() != input.activityFields().size()) {
            errors.add("activityFields", "dir.error.choose");
        }
        return errors;
    }

    /** Registers a group, pending approval; the person registering becomes its representative. */
    @Transactional
    public long register(long accountId, GroupInput input) {
        FieldErrors errors = check(input);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        long id = insert(input, Group.Status.PENDING, accountId);
        db.update("INSERT INTO dir_group_member (group_id, account_id, member_role, added_at) VALUES (?, ?, ?, ?)",
                id, accountId, MemberRole.REPRESENTATIVE, LocalDateTime.now());
        for (AccountSummary coordinator : accounts.withRole(Role.COORDINATOR)) {
            notifier.sendToAccount(coordinator.id(), "【団体登録】承認待ち: " + input.groupName(),
                    "新しい団体「" + input.groupName() + "」が登録されました。内容を確認し、承認してください。\n"
                            + settings.getBaseUrl() + "/admin/groups/" + id);
        }
        return id;
    }

    /** Inserts without the checks' side effects; also used by the CSV import (already validated). */
    long insert(GroupInput input, Group.Status status, long createdBy) {
        LocalDateTime now = LocalDateTime.now();
        long id = db.insert("""
                        INSERT INTO dir_group (name, name_kana, group_type, area, school_district, founded_year,
                          member_count, description, activity_days, activity_place, public_contact, private_contact,
                          website, social_links, status, created_by, created_at, updated_at, approved_by, approved_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                input.groupName(), input.nameKana(), parseType(input.groupType()), input.area(), input.schoolDistrict(),
                toInt(input.foundedYear()), toInt(input.memberCount()), input.groupDescription(), input.activityDays(),
                input.activityPlace(), input.publicContact(), input.privateContact(), input.website(),
                input.socialLinks(), status, createdBy, now, now,
                status == Group.Status.APPROVED ? createdBy : null, status == Group.Status.APPROVED ? now : null);
        writeFields(id, input.activityFields());
        return id;
    }

    /** The representative (or a coordinator) updates the group's data. */
    @Transactional
    public void update(long actorId, Set<Role> actorRoles, long groupId, GroupInput input) {
        Group group = find(groupId).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (!canEdit(actorId, actorRoles, group.id())) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.notAllowed");
        }
        FieldErrors errors = check(input);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        db.update("""
                        UPDATE dir_group SET name = ?, name_kana = ?, group_type = ?, area = ?, school_district = ?,
                          founded_year = ?, member_count = ?, description = ?, activity_days = ?, activity_place = ?,
                          public_contact = ?, private_contact = ?, website = ?, social_links = ?, updated_at = ?
                        WHERE id = ?""",
                input.groupName(), input.nameKana(), parseType(input.groupType()), input.area(), input.schoolDistrict(),
                toInt(input.foundedYear()), toInt(input.memberCount()), input.groupDescription(), input.activityDays(),
                input.activityPlace(), input.publicContact(), input.privateContact(), input.website(),
                input.socialLinks(), LocalDateTime.now(), groupId);
        db.update("DELETE FROM dir_group_field WHERE group_id = ?", groupId);
        writeFields(groupId, input.activityFields());
        audit.record(actorId, "GROUP_UPDATED", "group", String.valueOf(groupId), input.groupName());
    }

    private void writeFields(long groupId, List<String> codes) {
        for (ActivityField f : ActivityField.parseAll(codes)) {
            db.update("INSERT INTO dir_group_field (group_id, field) VALUES (?, ?)", groupId, f);
        }
    }

    @Transactional
    public void approve(long coordinatorId, long groupId) {
        int changed = db.update("UPDATE dir_group SET status = 'APPROVED', status_note = NULL, approved_by = ?, "
                + "approved_at = ? WHERE id = ? AND status <> 'APPROVED'", coordinatorId, LocalDateTime.now(), groupId);
        if (changed == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.alreadyDecided");
        }
        audit.record(coordinatorId, "GROUP_APPROVED", "group", String.valueOf(groupId), null);
        Group group = find(groupId).orElseThrow();
        representative(groupId).ifPresent(rep -> notifier.sendToAccount(rep, "【団体登録】承認されました: " + group.name(),
                "団体「" + group.name() + "」が承認され、団体情報に公開されました。\n" + settings.getBaseUrl() + "/groups/" + groupId));
    }

    @Transactional
    public void reject(long coordinatorId, long groupId, String reason) {
        String note = Text.clean(reason);
        if (note == null) {
            throw new FormInvalidException("rejectReason", "core.error.required");
        }
        if (note.length() > 500) {
            throw new FormInvalidException(FieldErrors.none().add("rejectReason", "core.error.tooLong", 500));
        }
        int changed = db.update("UPDATE dir_group SET status = 'REJECTED', status_note = ? WHERE id = ? "
                + "AND status = 'PENDING'", note, groupId);
        if (changed == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.alreadyDecided");
        }
        audit.record(coordinatorId, "GROUP_REJECTED", "group", String.valueOf(groupId), note);
        Group group = find(groupId).orElseThrow();
        representative(groupId).ifPresent(rep -> notifier.sendToAccount(rep, "【団体登録】内容の確認をお願いします: " + group.name(),
                "団体「" + group.name() + "」の登録を承認できませんでした。理由: " + note
                        + "\n内容を修正してください。\n" + settings.getBaseUrl() + "/groups/" + groupId + "/edit"));
    }

    /** Adds a member by the e-mail address of their portal account (the representative only). */
    @Transactional
    public void addMember(long actorId, Set<Role> roles, long groupId, String email) {
        requireRepresentative(actorId, roles, groupId);
        String wanted = Text.clean(email);
        if (wanted == null) {
            throw new FormInvalidException("memberEmail", "core.error.required");
        }
        // AccountsApi has no look-up by e-mail; every account is a citizen, so search among them.
        Long accountId = accounts.withRole(Role.CITIZEN).stream()
                .filter(a -> a.email().equalsIgnoreCase(wanted)).map(AccountSummary::id).findFirst()
                .orElseThrow(() -> new FormInvalidException("memberEmail", "dir.error.noSuchAccount"));
        int added = db.update("INSERT IGNORE INTO dir_group_member (group_id, account_id, member_role, added_at) "
                + "VALUES (?, ?, 'MEMBER', ?)", groupId, accountId, LocalDateTime.now());
        if (added == 0) {
            throw new FormInvalidException("memberEmail", "dir.error.alreadyMember");
        }
        audit.record(actorId, "GROUP_MEMBER_ADDED", "group", String.valueOf(groupId), "account " + accountId);
    }

    @Transactional
    public void removeMember(long actorId, Set<Role> roles, long groupId, long accountId) {
        boolean self = actorId == accountId;
        if (!self) {
            requireRepresentative(actorId, roles, groupId);
        }
        int removed = db.update("DELETE FROM dir_group_member WHERE group_id = ? AND account_id = ? "
                + "AND member_role = 'MEMBER'", groupId, accountId);
        if (removed == 0) {
            // The representative cannot simply leave: the group would have nobody responsible.
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.representativeStays");
        }
        audit.record(actorId, "GROUP_MEMBER_REMOVED", "group", String.valueOf(groupId), "account " + accountId);
    }

    /** Hands the representative role to a member; the old representative stays as a member. */
    @Transactional
    public void handOver(long actorId, Set<Role> roles, long groupId, long newRepresentativeId) {
        requireRepresentative(actorId, roles, groupId);
        // Lock the group's members so two hand-overs at once cannot leave two representatives.
        List<Member> members = db.list("SELECT account_id, member_role FROM dir_group_member WHERE group_id = ? "
                + "FOR UPDATE", rs -> new Member(rs.getLong(1), null, MemberRole.valueOf(rs.getString(2))), groupId);
        boolean isMember = members.stream().anyMatch(m -> m.accountId() == newRepresentativeId
                && m.role() == MemberRole.MEMBER);
        if (!isMember) {
            throw new FormInvalidException("newRepresentative", "dir.error.notMember");
        }
        db.update("UPDATE dir_group_member SET member_role = 'MEMBER' WHERE group_id = ? AND member_role = 'REPRESENTATIVE'",
                groupId);
        db.update("UPDATE dir_group_member SET member_role = 'REPRESENTATIVE' WHERE group_id = ? AND account_id = ?",
                groupId, newRepresentativeId);
        audit.record(actorId, "GROUP_REPRESENTATIVE_CHANGED", "group", String.valueOf(groupId),
                "account " + newRepresentativeId);
        Group group = find(groupId).orElseThrow();
        notifier.sendToAccount(newRepresentativeId, "【団体】代表者になりました: " + group.name(),
                "団体「" + group.name() + "」の代表者の役割が引き継がれました。\n" + settings.getBaseUrl() + "/groups/" + groupId);
    }

    private void requireRepresentative(long actorId, Set<Role> roles, long groupId) {
        if (!isRepresentative(actorId, groupId) && !isCoordinator(roles)) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.notAllowed");
        }
    }

    public static boolean isCoordinator(Collection<Role> roles) {
        return roles.contains(Role.COORDINATOR) || roles.contains(Role.STAFF) || roles.contains(Role.ADMIN);
    }

    public boolean canEdit(long accountId, Set<Role> roles, long groupId) {
        return isRepresentative(accountId, groupId) || isCoordinator(roles);
    }

    @Transactional
    public boolean isRepresentative(long accountId, long groupId) {
        return db.count("SELECT COUNT(*) FROM dir_group_member WHERE group_id = ? AND account_id = ? "
                + "AND member_role = 'REPRESENTATIVE'", groupId, accountId) > 0;
    }

    @Transactional
    public boolean isMember(long accountId, long groupId) {
        return db.count("SELECT COUNT(*) FROM dir_group_member WHERE group_id = ? AND account_id = ?",
                groupId, accountId) > 0;
    }

    @Transactional
    public Optional<Long> representative(long groupId) {
        return db.one("SELECT account_id FROM dir_group_member WHERE group_id = ? AND member_role = 'REPRESENTATIVE'",
                rs -> rs.getLong(1), groupId);
    }

    @Transactional
    public List<Member> members(long groupId) {
        List<long[]> rows = db.list("SELECT account_id, CASE member_role WHEN 'REPRESENTATIVE' THEN 0 ELSE 1 END "
                + "FROM dir_group_member WHERE group_id = ? ORDER BY 2, added_at", rs -> new long[]{rs.getLong(1),
                rs.getLong(2)}, groupId);
        Map<Long, String> names = accounts.findAll(rows.stream().map(r -> r[0]).toList()).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        return rows.stream().map(r -> new Member(r[0], names.getOrDefault(r[0], "#" + r[0]),
                r[1] == 0 ? MemberRole.REPRESENTATIVE : MemberRole.MEMBER)).toList();
    }

    @Transactional
    public Optional<Group> find(long id) {
        return db.one("SELECT * FROM dir_group WHERE id = ?", GroupService::map, id)
                .map(g -> g.withFields(fieldsOf(List.of(g.id())).getOrDefault(g.id(), List.of())));
    }

    @Transactional
    public List<Group> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(i -> "?").collect(Collectors.joining(","));
        return withFields(db.list("SELECT * FROM dir_group WHERE id IN (" + in + ") ORDER BY name_kana, id",
                GroupService::map, ids.toArray()));
    }

    /** Groups the account belongs to, with the account's role in each. */
    @Transactional
    public Map<Group, MemberRole> groupsOf(long accountId) {
        List<Object[]> rows = db.list("SELECT group_id, member_role FROM dir_group_member WHERE account_id = ?",
                rs -> new Object[]{rs.getLong(1), MemberRole.valueOf(rs.getString(2))}, accountId);
        Map<Long, MemberRole> roles = new HashMap<>();
        rows.forEach(r -> roles.put((Long) r[0], (MemberRole) r[1]));
        Map<Group, MemberRole> out = new java.util.LinkedHashMap<>();
        findAll(roles.keySet()).forEach(g -> out.put(g, roles.get(g.id())));
        return out;
    }

    @Transactional
    public Set<Long> groupIdsOf(long accountId) {
        return new TreeSet<>(db.list("SELECT group_id FROM dir_group_member WHERE account_id = ?",
                rs -> rs.getLong(1), accountId));
    }

    @Transactional
    public List<Group> representedBy(long accountId, boolean approvedOnly) {
        return withFields(db.list("SELECT g.* FROM dir_group g JOIN dir_group_member m ON m.group_id = g.id "
                        + "WHERE m.account_id = ? AND m.member_role = 'REPRESENTATIVE'"
                        + (approvedOnly ? " AND g.status = 'APPROVED'" : "") + " ORDER BY g.name_kana, g.id",
                GroupService::map, accountId));
    }

    /** The public list: approved groups only, in kana order. */
    @Transactional
    public GroupPage search(Search search, int page, int pageSize) {
        return searchWithStatus(search, Group.Status.APPROVED, page, pageSize);
    }

    @Transactional
    public GroupPage searchWithStatus(Search search, Group.Status status, int page, int pageSize) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            where.append(" AND g.status = ?");
            args.add(status);
        }
        if (search.text() != null) {
            where.append(" AND (g.name LIKE ? OR g.name_kana LIKE ? OR g.description LIKE ? OR g.activity_place LIKE ?)");
            String like = Db.like(search.text());
            args.addAll(List.of(like, like, like, like));
        }
        if (search.field() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM dir_group_field f WHERE f.group_id = g.id AND f.field = ?)");
            args.add(search.field());
        }
        if (search.area() != null) {
            where.append(" AND (g.area LIKE ? OR g.school_district LIKE ?)");
            args.add(Db.like(search.area()));
            args.add(Db.like(search.area()));
        }
        if (search.type() != null) {
            where.append(" AND g.group_type = ?");
            args.add(search.type());
        }
        long total = db.count("SELECT COUNT(*) FROM dir_group g" + where, args.toArray());
        int safePage = Math.max(1, page);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageSize);
        pageArgs.add((safePage - 1) * pageSize);
        List<Group> groups = withFields(db.list("SELECT g.* FROM dir_group g" + where
                + " ORDER BY g.name_kana, g.id LIMIT ? OFFSET ?", GroupService::map, pageArgs.toArray()));
        return new GroupPage(groups, total, safePage, pageSize);
    }

    private List<Group> withFields(List<Group> groups) {
        if (groups.isEmpty()) {
            return groups;
        }
        Map<Long, List<ActivityField>> fields = fieldsOf(groups.stream().map(Group::id).toList());
        return groups.stream().map(g -> g.withFields(fields.getOrDefault(g.id(), List.of()))).toList();
    }

    private Map<Long, List<ActivityField>> fieldsOf(List<Long> ids) {
        String in = ids.stream().map(i -> "?").collect(Collectors.joining(","));
        Map<Long, List<ActivityField>> out = new HashMap<>();
        db.list("SELECT group_id, field FROM dir_group_field WHERE group_id IN (" + in + ") ORDER BY field",
                rs -> new Object[]{rs.getLong(1), ActivityField.parse(rs.getString(2))}, ids.toArray())
                .forEach(r -> {
                    if (r[1] != null) {
                        out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((ActivityField) r[1]);
                    }
                });
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    static Group map(ResultSet rs) throws SQLException {
        return new Group(rs.getLong("id"), rs.getString("name"), rs.getString("name_kana"),
                GroupType.valueOf(rs.getString("group_type")), rs.getString("area"), rs.getString("school_district"),
                Db.intOrNull(rs, "founded_year"), Db.intOrNull(rs, "member_count"), rs.getString("description"),
                rs.getString("activity_days"), rs.getString("activity_place"), rs.getString("public_contact"),
                rs.getString("private_contact"), rs.getString("website"), rs.getString("social_links"),
                Group.Status.valueOf(rs.getString("status")), rs.getString("status_note"), rs.getLong("created_by"),
                Db.dateTime(rs, "created_at"), Db.dateTime(rs, "updated_at"), Db.dateTime(rs, "approved_at"),
                List.of());
    }

    public static GroupType parseType(String value) {
        if (value == null) {
            return null;
        }
        try {
            return GroupType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer toInt(String value) {
        return value == null ? null : Integer.valueOf(value);
    }
}
