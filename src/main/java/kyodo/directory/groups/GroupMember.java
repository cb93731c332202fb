package kyodo.directory.groups;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDateTime;

/** A person of a group (a row of {@code dir_group_member}): its representative or a member. */
@Introspected
public record GroupMember(long groupId, long accountId, String memberRole, LocalDateTime addedAt) {

    public boolean representative() {
        return GroupService.MemberRole.REPRESENTATIVE.name().equals(memberRole);
    }
}
