package kyodo.events.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.events.AttendanceRecorded;
import kyodo.events.CourseCompleted;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attendance per session, taken at the door on the roster, and course completion.
 * {@link AttendanceRecorded} and {@link CourseCompleted} are published only after the
 * attendance is committed, so points and the directory never react to a rolled-back change.
 */
@Singleton
public class AttendanceService {

    /** One line of a roster. */
    public record RosterLine(Registration registration, AccountSummary person, Boolean attended) {
        public String name() {
            return person == null ? "—" : person.displayName();
        }

        public String kana() {
            return person == null ? "" : person.nameKana();
        }
    }

    public record Roster(EventDetails event, EventSession session, List<RosterLine> lines, List<RosterLine> waitlist) {
        public long present() {
            return lines.stream().filter(l -> Boolean.TRUE.equals(l.attended())).count();
        }

        public long absent() {
            return lines.stream().filter(l -> Boolean.FALSE.equals(l.attended())).count();
        }
    }

    /** A course participant and how many sessions they attended. */
    public record CourseLine(AccountSummary person, long attended, boolean completed) {
    }

    private final EventService eventService;
    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final AccountsApi accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher<Object> publisher;
    private final TransactionOperations<Connection> transactions;

    AttendanceService(EventService eventService, SessionRepository sessions, RegistrationRepository registrations,
                      AccountsApi accounts, AuditLog audit, ApplicationEventPublisher<Object> publisher,
                      TransactionOperations<Connection> transactions) {
        this.eventService = eventService;
        this.sessions = sessions;
        this.registrations = registrations;
        this.accounts = accounts;
        this.audit = audit;
        this.publisher = publisher;
        this.transactions = transactions;
    }

    /** The roster of one session: confirmed people with their marks, then the waitlist. Viewing it is logged. */
    @Transactional
    public Roster roster(long eventId, long sessionId, long viewerId, String purpose) {
        EventDetails details = eventService.details(eventId, true);
        EventSession session = details.sessions().stream().filter(s -> s.id() == sessionId).findFirst()
                .orElseThrow(EventService::notFound);
        Map<Long, Boolean> marks = sessions.findMarks(sessionId).stream()
                .collect(Collectors.toMap(AttendanceMark::accountId, AttendanceMark::attended));
        List<Registration> confirmed = registrations.findConfirmed(eventId);
        List<Registration> waiting = registrations.findWaitlist(eventId);
        Map<Long, AccountSummary> people = people(confirmed, waiting);
        audit.record(viewerId, purpose, "event-session", Long.toString(sessionId), details.event().title());
        return new Roster(details, session,
                confirmed.stream().map(r -> new RosterLine(r, people.get(r.accountId()), marks.get(r.accountId())))
                        .sorted(java.util.Comparator.comparing(RosterLine::kana)).toList(),
                waiting.stream().map(r -> new RosterLine(r, people.get(r.accountId()), null)).toList());
    }

    private Map<Long, AccountSummary> people(List<Registration> a, List<Registration> b) {
        Set<Long> ids = new HashSet<>();
        a.forEach(r -> ids.add(r.accountId()));
        b.forEach(r -> ids.add(r.accountId()));
        return ids.isEmpty() ? Map.of() : accounts.findAll(ids).stream()
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    /**
     * Saves the marks of a session ({@code accountId → present?}) for confirmed registrants only,
     * then, after commit, announces new attendances and new course completions.
     */
    public int record(long eventId, long sessionId, Map<Long, Boolean> marks, long actorId) {
        List<Object> announcements = transactions.executeWrite(status -> {
            List<Object> out = new ArrayList<>();
            EventDetails details = eventService.details(eventId, true);
            EventSession session = details.sessions().stream().filter(s -> s.id() == sessionId).findFirst()
                    .orElseThrow(EventService::notFound);
            Set<Long> confirmed = registrations.findConfirmed(eventId).stream().map(Registration::accountId)
                    .collect(Collectors.toSet());
            Map<Long, Boolean> before = new HashMap<>();
            sessions.findMarks(sessionId).forEach(m -> before.put(m.accountId(), m.attended()));
            LocalDateTime now = LocalDateTime.now();
            int changed = 0;
            for (Map.Entry<Long, Boolean> mark : marks.entrySet()) {
                if (!confirmed.contains(mark.getKey())) {
                    continue;
                }
                sessions.upsertAttendance(sessionId, mark.getKey(), mark.getValue(), actorId, now);
                if (!mark.getValue().equals(before.get(mark.getKey()))) {
                    changed++;
                }
                if (mark.getValue() && !Boolean.TRUE.equals(before.get(mark.getKey()))) {
                    out.add(new AttendanceRecorded(eventId, sessionId, mark.getKey(), session.day(), session.minutes()));
                }
            }
            Integer minimum = details.event().completionMin();
            if (minimum != null) {
                Set<Long> done = new HashSet<>(sessions.findCompleted(eventId));
                for (Long accountId : sessions.findAccountsAttendingAtLeast(eventId, minimum)) {
                    if (!done.contains(accountId) && sessions.insertCompletion(eventId, accountId, session.day()) > 0) {
                        out.add(new CourseCompleted(eventId, details.event().title(), accountId, session.day()));
                    }
                }
            }
            audit.record(actorId, "event.attendance", "event-session", Long.toString(sessionId), changed + " changed");
            return out;
        });
        announcements.forEach(publisher::publishEvent);
        return (int) announcements.stream().filter(a -> a instanceof AttendanceRecorded).count();
    }

    /** Course participants with their attendance count and whether they completed. */
    @Transactional
    public List<CourseLine> course(long eventId, long viewerId) {
        EventDetails details = eventService.details(eventId, true);
        List<AttendanceMark> marks = sessions.findMarksOfEvent(eventId);
        Map<Long, Long> attended = marks.stream().filter(AttendanceMark::attended)
                .collect(Collectors.groupingBy(AttendanceMark::accountId, Collectors.counting()));
        Set<Long> completed = new HashSet<>(sessions.findCompleted(eventId));
        List<Registration> confirmed = registrations.findConfirmed(eventId);
        Map<Long, AccountSummary> people = people(confirmed, List.of());
        audit.record(viewerId, "event.course.view", "event", Long.toString(eventId), details.event().title());
        return confirmed.stream().map(r -> new CourseLine(people.get(r.accountId()), attended.getOrDefault(r.accountId(), 0L),
                        completed.contains(r.accountId())))
                .filter(l -> l.person() != null)
                .sorted(java.util.Comparator.comparing((CourseLine l) -> !l.completed()).thenComparing(l -> l.person().nameKana()))
                .toList();
    }

    @Transactional
    public List<Long> attendedEventIds(long accountId) {
        return sessions.findAttendedEventIds(accountId);
    }

    static LocalDate today() {
        return LocalDate.now();
    }
}
