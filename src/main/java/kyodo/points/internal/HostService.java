package kyodo.points.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FormInvalidException;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;

import java.util.List;

/** Which directory groups are host facilities, and which of them a person represents. */
@Singleton
public class HostService {

    private final HostRepository hosts;
    private final DirectoryApi directory;
    private final AuditLog audit;
    private final CityClock clock;

    HostService(HostRepository hosts, DirectoryApi directory, AuditLog audit, CityClock clock) {
        this.hosts = hosts;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Active hosts with their group, in the directory's order. */
    @Transactional
    public List<GroupSummary> hosts() {
        List<Long> ids = hosts.findByActiveTrue().stream().map(Host::groupId).toList();
        return ids.isEmpty() ? List.of() : directory.findGroups(ids);
    }

    /** The active hosts this person represents. */
    @Transactional
    public List<GroupSummary> representedBy(long accountId) {
        List<GroupSummary> groups = directory.groupsRepresentedBy(accountId);
        if (groups.isEmpty()) {
            return List.of();
        }
        var active = hosts.findByGroupIdInAndActiveTrue(groups.stream().map(GroupSummary::id).toList()).stream()
                .map(Host::groupId).toList();
        return groups.stream().filter(g -> active.contains(g.id())).toList();
    }

    @Transactional
    public void register(long groupId, long staffId) {
        GroupSummary group = directory.findGroup(groupId).filter(GroupSummary::approved)
                .orElseThrow(() -> new FormInvalidException("groupId", "pts.error.chooseGroup"));
        hosts.findById(groupId).ifPresentOrElse(h -> hosts.update(new Host(groupId, true, h.registeredBy(), h.registeredAt())),
                () -> hosts.save(new Host(groupId, true, staffId, clock.now())));
        audit.record(staffId, "pts.audit.hostRegistered", "pts.audit.target.host", Long.toString(groupId), group.name());
    }

    @Transactional
    public void deactivate(long groupId, long staffId) {
        hosts.findById(groupId).ifPresent(h -> hosts.update(new Host(groupId, false, h.registeredBy(), h.registeredAt())));
        audit.record(staffId, "pts.audit.hostEnded", "pts.audit.target.host", Long.toString(groupId), null);
    }
}
