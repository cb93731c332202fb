package kyodo.directory.internal;

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

    private final GroupService groups;
    private final VolunteerService volunteers;

    DirectoryApiImpl(GroupService groups, VolunteerService volunteers) {
        this.groups = groups;
        this.volunteers = volunteers;
    }

    @Override
    @Transactional
    public boolean isVolunteer(long accountId) {
        return volunteers.findByAccount(accountId).isPresent();
    }

    @Override
    @Transactional
    public List<GroupSummary> approvedGroups(String text, int limit) {
        return groups.search(new GroupService.Search(text == null ? "" : text.strip(), null, null, null), 1, limit)
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
        return groups.isRepresentative(accountId, groupId);
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
