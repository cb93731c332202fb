package kyodo.points.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.events.EventSummary;
import kyodo.events.EventsApi;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Per event, whether attending earns points (by the rules, or a fixed number a session). */
@Singleton
public class EventSettingService {

    /** An upcoming event with its setting. */
    public record Line(EventSummary event, boolean earns, Integer fixedPoints) {
    }

    private final EventSettingRepository settings;
    private final EventsApi events;
    private final AuditLog audit;
    private final CityClock clock;

    EventSettingService(EventSettingRepository settings, EventsApi events, AuditLog audit, CityClock clock) {
        this.settings = settings;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Line> upcoming() {
        List<EventSummary> upcoming = events.upcoming(200);
        Map<Long, EventSetting> byId = upcoming.isEmpty() ? Map.of()
                : settings.findByEventIdIn(upcoming.stream().map(EventSummary::id).toList()).stream()
                .collect(Collectors.toMap(EventSetting::eventId, Function.identity()));
        return upcoming.stream().map(e -> {
            EventSetting s = byId.get(e.id());
            return new Line(e, s != null && s.earns(), s == null ? null : s.fixedPoints());
        }).toList();
    }

    /** {@code fixed} blank means "by the rules". */
    @Transactional
    public void set(long eventId, boolean earns, String fixed, long staffId) {
        if (events.find(eventId).isEmpty()) {
            throw new FormInvalidException(FieldErrors.FORM, "core.error.notFound");
        }
        Integer points = null;
        String f = kyodo.core.FormText.number(fixed);
        if (f != null) {
            if (!f.matches("\\d{1,2}") || Integer.parseInt(f) < 1) {
                throw new FormInvalidException(new FieldErrors().add("fixedPoints", "pts.error.fixedPoints"));
            }
            points = Integer.parseInt(f);
        }
        EventSetting value = new EventSetting(eventId, earns, points, staffId, clock.now());
        if (settings.existsById(eventId)) {
            settings.update(value);
        } else {
            settings.save(value);
        }
        audit.record(staffId, "pts.audit.eventSettingChanged", "pts.audit.target.event", Long.toString(eventId),
                earns + (points == null ? "" : " " + points));
    }
}
