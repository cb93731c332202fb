package kyodo.points.internal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import kyodo.core.DomainEventListener;
import kyodo.directory.MatchCompleted;
import kyodo.events.AttendanceRecorded;
import kyodo.events.AttendanceWithdrawn;
import kyodo.events.EventSummary;
import kyodo.events.EventsApi;
import kyodo.points.internal.RuleSet.Source;

/**
 * Points from what the other modules record, through their domain events: attendance at an event
 * that earns points, a match the coordinator recorded as done; and back when attendance is corrected.
 * Each delivery is keyed on its source, so a repeated one posts nothing more.
 */
@Factory
class EarningListeners {

    /** attendance:{session}:{person}:{revision} — every revision of a mark is its own source. */
    static String attendanceKey(long sessionId, long accountId, int revision) {
        return "attendance:" + sessionId + ":" + accountId + ":" + revision;
    }

    @Singleton
    DomainEventListener<AttendanceRecorded> attendance(AwardService awards, EventSettingRepository settings, EventsApi events) {
        return listener("points.attendance", AttendanceRecorded.class, e -> settings.findById(e.eventId())
                .filter(EventSetting::earns)
                .ifPresent(setting -> awards.award(new AwardService.Earning(Source.EVENT_ATTENDANCE, e.sessionId(),
                        attendanceKey(e.sessionId(), e.accountId(), e.revision()), e.accountId(), e.date(), e.minutes(),
                        null, events.find(e.eventId()).map(EventSummary::title).orElse(""), setting.fixedPoints()))));
    }

    /** A presence corrected to absent takes back the points of the mark before it (revision - 1). */
    @Singleton
    DomainEventListener<AttendanceWithdrawn> attendanceWithdrawn(AwardService awards) {
        return listener("points.attendanceWithdrawn", AttendanceWithdrawn.class, e -> awards.reverse(e.accountId(), e.date(),
                attendanceKey(e.sessionId(), e.accountId(), e.revision() - 1),
                "attendance-withdrawn:" + e.sessionId() + ":" + e.accountId() + ":" + e.revision(),
                "attendance corrected", null));
    }

    @Singleton
    DomainEventListener<MatchCompleted> match(AwardService awards) {
        return listener("points.match", MatchCompleted.class, e -> awards.award(new AwardService.Earning(Source.MATCH,
                e.matchId(), "match:" + e.matchId(), e.volunteerAccountId(), e.date(), e.minutes(), null, "", null)));
    }

    private static <E> DomainEventListener<E> listener(String id, Class<E> type, java.util.function.Consumer<E> action) {
        return new DomainEventListener<>() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Class<E> eventType() {
                return type;
            }

            @Override
            public void on(E event) {
                action.accept(event);
            }
        };
    }
}
