package kyodo.directory.groups;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Role;
import kyodo.core.Viewer;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.DirectoryMails;
import kyodo.directory.internal.DirectoryPermissions;
import kyodo.directory.internal.Text;

import java.time.LocalDateTime;
import java.util.List;

/** A group's registration, its data, and the coordinators' decision on it. */
@Singleton
public class GroupService {

    public enum MemberRole { REPRESENTATIVE, MEMBER }

    static final String TARGET = "dir.audit.target.group";

    private final GroupRepository groups;
    private final GroupMemberRepository members;
    private final GroupFinder finder;
    private final FormValidator validator;
    private final AccountsApi accounts;
    private final AuditLog audit;
    private final DirectoryMails mails;
    private final DirectoryPermissions permissions;
    private final CityClock clock;

    GroupService(GroupRepository groups, GroupMemberRepository members, GroupFinder finder, FormValidator validator,
                 AccountsApi accounts, AuditLog audit, DirectoryMails mails, DirectoryPermissions permissions,
                 CityClock clock) {
        this.groups = groups;
        this.members = members;
        this.finder = finder;
        this.validator = validator;
        this.accounts = accounts;
        this.audit = audit;
        this.mails = mails;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Checks the input; the errors are keyed by form field. */
    public FieldErrors check(GroupInput input) {
        FieldErrors errors = validator.validate(input);
        if (input.groupType() != null && GroupFinder.parseType(input.groupType()) == null) {
            errors.add("groupType", "dir.error.choose");
        }
        if (input.foundedYear() != null && !errors.has("foundedYear")) {
            int year = Integer.parseInt(input.foundedYear());
            if (year < 1868 || year > clock.today().getYear()) {
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
        members.add(id, accountId, MemberRole.REPRESENTATIVE.name(), clock.now());
        mails.groupRegistered(accounts.withRole(Role.COORDINATOR).stream().map(AccountSummary::id).toList(), id,
                input.groupName());
        return id;
    }

    /** Inserts a checked group; also used by the CSV import and the demo data. */
    public long insert(GroupInput input, Group.Status status, long createdBy) {
        LocalDateTime now = clock.now();
        boolean approved = status == Group.Status.APPROVED;
        GroupRow row = groups.save(new GroupRow(null, input.groupName(), input.nameKana(),
                GroupFinder.parseType(input.groupType()), input.area(), input.schoolDistrict(), toInt(input.foundedYear()),
                toInt(input.memberCount()), input.groupDescription(), input.activityDays(), input.activityPlace(),
                input.publicContact(), input.privateContact(), input.website(), input.socialLinks(), status, null,
                createdBy, now, now, approved ? createdBy : null, approved ? now : null));
        writeFields(row.id(), input.activityFields());
        return row.id();
    }

    /** The representative (or a coordinator) updates the group's data. */
    @Transactional
    public void update(Viewer actor, long groupId, GroupInput input) {
        GroupRow row = groups.findById(groupId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (!permissions.canEditGroup(actor, groupId)) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.notAllowed");
        }
        FieldErrors errors = check(input);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        groups.update(new GroupRow(row.id(), input.groupName(), input.nameKana(), GroupFinder.parseType(input.groupType()),
                input.area(), input.schoolDistrict(), toInt(input.foundedYear()), toInt(input.memberCount()),
                input.groupDescription(), input.activityDays(), input.activityPlace(), input.publicContact(),
                input.privateContact(), input.website(), input.socialLinks(), row.status(), row.statusNote(),
                row.createdBy(), row.createdAt(), clock.now(), row.approvedBy(), row.approvedAt()));
        groups.deleteFields(groupId);
        writeFields(groupId, input.activityFields());
        audit.record(actor.accountId(), "dir.audit.groupUpdated", TARGET, String.valueOf(groupId), input.groupName());
    }

    private void writeFields(long groupId, List<String> codes) {
        for (ActivityField f : ActivityField.parseAll(codes)) {
            groups.addField(groupId, f.name());
        }
    }

    @Transactional
    public void approve(long coordinatorId, long groupId) {
        if (groups.approve(groupId, coordinatorId, clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.alreadyDecided");
        }
        audit.record(coordinatorId, "dir.audit.groupApproved", TARGET, String.valueOf(groupId), null);
        Group group = finder.find(groupId).orElseThrow();
        members.representative(groupId).ifPresent(rep -> mails.groupApproved(rep, group));
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
        if (groups.reject(groupId, note) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.alreadyDecided");
        }
        audit.record(coordinatorId, "dir.audit.groupRejected", TARGET, String.valueOf(groupId), note);
        Group group = finder.find(groupId).orElseThrow();
        members.representative(groupId).ifPresent(rep -> mails.groupRejected(rep, group, note));
    }

    private static Integer toInt(String value) {
        return value == null ? null : Integer.valueOf(value);
    }
}
