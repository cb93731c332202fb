package kyodo.points.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.DemoData;
import kyodo.core.Role;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;
import kyodo.events.EventSummary;
import kyodo.events.EventsApi;
import kyodo.points.internal.RuleSet.Source;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo city's points: two host facilities (the demo citizen's child-care network and the river
 * clean-up group), a year of the citizen's activities at the river with their points, one activity
 * waiting for the coordinator's check, and the 協働塾 earning points for attendance.
 */
@Singleton
class PointsDemoData implements DemoData {

    private final HostService hosts;
    private final ActivityRepository activities;
    private final AwardService awards;
    private final EventSettingService events;
    private final DirectoryApi directory;
    private final EventsApi eventsApi;
    private final CityClock clock;

    PointsDemoData(HostService hosts, ActivityRepository activities, AwardService awards, EventSettingService events,
                   DirectoryApi directory, EventsApi eventsApi, CityClock clock) {
        this.hosts = hosts;
        this.activities = activities;
        this.awards = awards;
        this.events = events;
        this.directory = directory;
        this.eventsApi = eventsApi;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    @Transactional
    public void seed(Map<Role, Long> accountsByRole) {
        long staff = accountsByRole.get(Role.STAFF);
        Long citizen = accountsByRole.get(Role.CITIZEN);
        List<GroupSummary> river = directory.approvedGroups("きれいにする会", 1);
        if (citizen == null || river.isEmpty()) {
            return;
        }
        long host = river.get(0).id();
        hosts.register(host, staff);
        directory.groupsRepresentedBy(citizen).forEach(g -> hosts.register(g.id(), staff));
        LocalDate today = clock.today();
        // Every month of the last year, the second Sunday's clean-up (2 hours), posted by the coordinator.
        for (int month = 12; month >= 1; month--) {
            LocalDate day = today.minusMonths(month).withDayOfMonth(1);
            while (day.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            day = day.plusWeeks(1);
            Activity posted = activities.save(new Activity(null, citizen, host, day, 120, "河川敷の清掃と生き物観察会",
                    Activity.Status.POSTED.name(), staff, day.atTime(12, 0), staff, day.atTime(12, 0), staff,
                    day.plusDays(2).atTime(9, 0), null));
            awards.award(new AwardService.Earning(Source.HOST_ACTIVITY, posted.id(), "activity:" + posted.id(), citizen, day,
                    120, host, river.get(0).name(), null));
        }
        LocalDate lastSunday = today.minusDays(today.getDayOfWeek().getValue() % 7);
        activities.save(new Activity(null, citizen, host, lastSunday, 90, "河川敷の清掃", Activity.Status.HOST_CONFIRMED.name(),
                citizen, lastSunday.atTime(12, 0), staff, lastSunday.atTime(12, 30), null, null, null));
        eventsApi.upcoming(10).stream().filter(e -> e.title().contains("協働塾")).map(EventSummary::id).findFirst()
                .ifPresent(id -> events.set(id, true, "", staff));
    }
}
