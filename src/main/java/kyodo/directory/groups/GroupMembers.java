package kyodo.directory.groups;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Role;
import kyodo.core.Viewer;
import kyodo.directory.internal.DirectoryMails;
import kyodo.directory.internal.DirectoryPermissions;
import kyodo.directory.internal.Text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A group's people: the representative adds and removes members and hands the role over. */
@Singleton
public class GroupMembers {

    public record Member(long accountId, String name, GroupService.MemberRole role) {
    }

    private final GroupMemberRepository members;
    private final GroupFinder finder;
    private final AccountsApi accounts;
    private final AuditLog audit;
    private final DirectoryMails mails;
    private final DirectoryPermissions permissions;
    private final CityClock clock;

    GroupMembers(GroupMemberRepository members, GroupFinder finder, AccountsApi accounts, AuditLog audit,
                 DirectoryMails mails, DirectoryPermissions permissions, CityClock clock) {
        this.members = members;
        this.finder = finder;
        this.accounts = accounts;
        this.audit = audit;
        this.mails = mails;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Adds a member by the e-mail address of their portal account (the representative only). */
    @Transactional
    public void addMember(Viewer actor, long groupId, String email) {
        requireEditor(actor, groupId);
        String wanted = Text.clean(email);
        if (wanted == null) {
            throw new FormInvalidException("memberEmail", "core.error.required");
        }
        // AccountsApi has no look-up by e-mail; every account is a citizen, so search among them.
        Long accountId = accounts.withRole(Role.CITIZEN).stream()
                .filter(a -> a.email().equalsIgnoreCase(wanted)).map(AccountSummary::id).findFirst()
                .orElseThrow(() -> new FormInvalidException("memberEmail", "dir.error.noSuchAccount"));
        if (members.add(groupId, accountId, GroupService.MemberRole.MEMBER.name(), clock.now()) == 0) {
            throw new FormInvalidException("memberEmail", "dir.error.alreadyMember");
        }
        audit.record(actor.accountId(), "dir.audit.memberAdded", GroupService.TARGET, String.valueOf(groupId),
                "account " + accountId);
    }

    @Transactional
    public void removeMember(Viewer actor, long groupId, long accountId) {
        if (!permissions.canRemoveMember(actor, groupId, accountId)) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.notAllowed");
        }
        if (members.removeMember(groupId, accountId) == 0) {
            // The representative cannot simply leave: the group would have nobody responsible.
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.representativeStays");
        }
        audit.record(actor.accountId(), "dir.audit.memberRemoved", GroupService.TARGET, String.valueOf(groupId),
                "account " + accountId);
    }

    /** Hands the representative role to a member; the old representative stays as a member. */
    @Transactional
    public void handOver(Viewer actor, long groupId, long newRepresentativeId) {
        requireEditor(actor, groupId);
        boolean isMember = members.ofGroupForUpdate(groupId).stream()
                .anyMatch(m -> m.accountId() == newRepresentativeId && !m.representative());
        if (!isMember) {
            throw new FormInvalidException("newRepresentative", "dir.error.notMember");
        }
        members.demoteRepresentative(groupId);
        members.promote(groupId, newRepresentativeId);
        audit.record(actor.accountId(), "dir.audit.representativeChanged", GroupService.TARGET, String.valueOf(groupId),
                "account " + newRepresentativeId);
        mails.handedOver(newRepresentativeId, finder.find(groupId).orElseThrow());
    }

    private void requireEditor(Viewer actor, long groupId) {
        if (!permissions.canEditGroup(actor, groupId)) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.notAllowed");
        }
    }

    @Transactional
    public Optional<Long> representative(long groupId) {
        return members.representative(groupId);
    }

    /** Every representative of these groups, by group. */
    @Transactional
    public Map<Long, List<Long>> representativesOf(java.util.Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return members.representativesOf(groupIds).stream().collect(Collectors.groupingBy(GroupMember::groupId,
                Collectors.mapping(GroupMember::accountId, Collectors.toList())));
    }

    @Transactional
    public List<Member> members(long groupId) {
        List<GroupMember> rows = members.ofGroup(groupId);
        Map<Long, String> names = accounts.findAll(rows.stream().map(GroupMember::accountId).toList()).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        return rows.stream().map(r -> new Member(r.accountId(), names.getOrDefault(r.accountId(), "#" + r.accountId()),
                GroupService.MemberRole.valueOf(r.memberRole()))).toList();
    }
}
