package kyodo.points.internal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import kyodo.core.DomainEventListener;
import kyodo.directory.MatchCompleted;
import kyodo.directory.MatchReopened;
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
        return listener("points.attendanceWithdrawn", AttendanceWithdrawn.class, e -> awards.reverse(attendanceKey(e.sessionId(), e.accountId(), e.revision() - 1),
                "attendance-withdrawn:" + e.sessionId() + ":" + e.accountId() + ":" + e.revision(),
                "attendance corrected", null));
    }

    /** match:{id} for a match's first record (as before corrections existed), match:{id}:{revision} after. */
    static String matchKey(long matchId, int revision) {
        return revision <= 1 ? "match:" + matchId : "match:" + matchId + ":" + revision;
    }

    static int revisionOf(String matchKey) {
        String[] parts = matchKey.split(":");
        return parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
    }

    /**
     * A match done, or its record corrected (a later revision): what earlier revisions gave goes back,
     * and this revision earns unless a later one has already been counted (deliveries out of order).
     */
    @Singleton
    DomainEventListener<MatchCompleted> match(AwardService awards) {
        return listener("points.match", MatchCompleted.class, e -> {
            int revision = e.revisionOrFirst();
            voidBefore(awards, e.matchId(), revision);
            boolean superseded = awards.ofSource(Source.MATCH, e.matchId()).stream()
                    .anyMatch(a -> revisionOf(a.sourceKey()) > revision);
            if (!superseded) {
                awards.award(new AwardService.Earning(Source.MATCH, e.matchId(), matchKey(e.matchId(), revision),
                        e.volunteerAccountId(), e.date(), e.minutes(), null, "", null));
            }
        });
    }

    /** A match taken back from done: what its revisions so far gave goes back. */
    @Singleton
    DomainEventListener<MatchReopened> matchReopened(AwardService awards) {
        return listener("points.matchReopened", MatchReopened.class, e -> voidBefore(awards, e.matchId(), e.revision()));
    }

    private static void voidBefore(AwardService awards, long matchId, int revision) {
        for (Award a : awards.ofSource(Source.MATCH, matchId)) {
            int earlier = revisionOf(a.sourceKey());
            if (earlier < revision && a.standing() > 0) {
                awards.reverse(a.sourceKey(), "match-corrected:" + matchId + ":" + earlier + ":" + revision,
                        "match corrected", null);
            }
        }
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
