package kyodo.events.internal;

import kyodo.core.CityClock;
import jakarta.inject.Singleton;
import kyodo.events.EventCategory;
import kyodo.events.EventStatus;
import kyodo.events.EventSummary;
import kyodo.events.EventsApi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@Singleton
class EventsApiImpl implements EventsApi {

    private final EventService events;
    private final AttendanceService attendance;
    private final CityClock clock;

    EventsApiImpl(EventService events, AttendanceService attendance, CityClock clock) {
        this.events = events;
        this.attendance = attendance;
        this.clock = clock;
    }

    @Override
    public List<EventSummary> upcoming(int limit) {
        LocalDateTime now = clock.now();
        return events.search(null, null, null, null, 1, limit).events().stream().map(d -> summary(d, now)).toList();
    }

    @Override
    public Optional<EventSummary> find(long eventId) {
        return events.findVisible(eventId).map(d -> summary(d, clock.now()));
    }

    @Override
    public List<Long> attendedEventIds(long accountId) {
        return attendance.attendedEventIds(accountId);
    }

    static EventSummary summary(EventDetails d, LocalDateTime now) {
        Event e = d.event();
        EventSession first = d.firstSession();
        return new EventSummary(e.id(), e.title(), EventCategory.parse(e.category()), EventStatus.valueOf(e.status()),
                first == null ? null : first.day(), first == null ? null : first.startTime(), d.sessions().size(),
                e.venueName(), e.online(), e.capacity(), d.seatsLeft(), d.availability(now));
    }

}
