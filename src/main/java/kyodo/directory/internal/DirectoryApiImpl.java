package kyodo.directory.internal;

import kyodo.directory.groups.Group;
import kyodo.directory.groups.GroupFinder;
import kyodo.directory.groups.GroupMemberRepository;
import kyodo.directory.volunteers.VolunteerRepository;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Singleton
class DirectoryApiImpl implements DirectoryApi {

    private final GroupFinder groups;
    private final GroupMemberRepository members;
    private final VolunteerRepository volunteers;

    DirectoryApiImpl(GroupFinder groups, GroupMemberRepository members, VolunteerRepository volunteers) {
        this.groups = groups;
        this.members = members;
        this.volunteers = volunteers;
    }

    @Override
    @Transactional
    public boolean isVolunteer(long accountId) {
        return volunteers.findByAccountId(accountId).isPresent();
    }

    @Override
    @Transactional
    public List<GroupSummary> approvedGroups(String text, int limit) {
        return groups.search(new GroupFinder.Search(text == null ? "" : text.strip(), null, null, null), 1, limit)
                .groups().stream().map(DirectoryApiImpl::summary).toList();
    }

    @Override
    @Transactional
    public Optional<GroupSummary> findGroup(long groupId) {
        return groups.find(groupId).map(DirectoryApiImpl::summary);
    }

    @Override
    @Transactional
    public List<GroupSummary> findGroups(Collection<Long> groupIds) {
        return groups.findAll(groupIds).stream().map(DirectoryApiImpl::summary).toList();
    }

    @Override
    @Transactional
    public List<GroupSummary> groupsRepresentedBy(long accountId) {
        return groups.representedBy(accountId, true).stream().map(DirectoryApiImpl::summary).toList();
    }

    @Override
    @Transactional
    public boolean isRepresentative(long accountId, long groupId) {
        return members.countRepresentative(groupId, accountId) > 0;
    }

    @Override
    @Transactional
    public Set<Long> groupIdsOf(long accountId) {
        return groups.groupIdsOf(accountId);
    }

    private static GroupSummary summary(Group g) {
        return new GroupSummary(g.id(), g.name(), g.nameKana(), g.type(), g.approved());
    }
}
