package kyodo.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The directory module's public API: groups as other modules (subsidies) need them. */
public interface DirectoryApi {

    Optional<GroupSummary> findGroup(long groupId);

    List<GroupSummary> findGroups(Collection<Long> groupIds);

    /** Approved groups this account represents: the groups it may apply for a subsidy for. */
    List<GroupSummary> groupsRepresentedBy(long accountId);

    boolean isRepresentative(long accountId, long groupId);

    /** Every group the account belongs to (representative or member), e.g. to recuse a reviewer. */
    Set<Long> groupIdsOf(long accountId);

    /** Whether the account is registered as a volunteer (人材バンク), e.g. to record activity points for them. */
    boolean isVolunteer(long accountId);

    /** Approved groups whose name (or furigana) contains the text, by furigana, at most {@code limit}. */
    List<GroupSummary> approvedGroups(String text, int limit);
}
