package kyodo.events.internal;

import kyodo.core.CityClock;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.DomainEvents;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.events.AttendanceRecorded;
import kyodo.events.AttendanceWithdrawn;
import kyodo.events.CourseCompletionWithdrawn;
import kyodo.events.CourseCompleted;

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
 * Attendance per session, taken at the door on the roster, and course completion. The domain
 * events are published in the transaction that records the marks and delivered after it commits,
 * so points and the directory never react to a rolled-back change and never miss a committed one.
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
    private final DomainEvents domainEvents;
    private final EventRepository eventRepository;
    private final CityClock clock;

    AttendanceService(EventService eventService, SessionRepository sessions, RegistrationRepository registrations,
                      AccountsApi accounts, AuditLog audit, DomainEvents domainEvents, EventRepository eventRepository, CityClock clock) {
        this.eventService = eventService;
        this.sessions = sessions;
        this.registrations = registrations;
        this.accounts = accounts;
        this.audit = audit;
        this.domainEvents = domainEvents;
        this.eventRepository = eventRepository;
        this.clock = clock;
    }

    /** The roster of one session: confirmed people with their marks, then the waitlist. Viewing it is logged. */
    @Transactional
    public Roster roster(long eventId, long sessionId, long viewerId) {
        EventDetails details = eventService.details(eventId, true);
        EventSession session = details.sessions().stream().filter(s -> s.id() == sessionId).findFirst()
                .orElseThrow(EventService::notFound);
        Map<Long, Boolean> marks = sessions.findMarks(sessionId).stream()
                .collect(Collectors.toMap(AttendanceMark::accountId, AttendanceMark::attended));
        List<Registration> confirmed = registrations.findConfirmed(eventId);
        List<Registration> waiting = registrations.findWaitlist(eventId);
        Map<Long, AccountSummary> people = people(confirmed, waiting);
        audit.record(viewerId, AuditLog.PERSONAL_DATA_VIEWED, "evt.audit.target.session", Long.toString(sessionId), details.event().title());
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
     * Saves the marks of a session ({@code accountId → present?}) for confirmed registrants only, under
     * the event's row lock. In the same transaction it announces each change to other modules: a new
     * presence ({@link AttendanceRecorded}), a presence corrected to absent ({@link AttendanceWithdrawn}),
     * a course completed ({@link CourseCompleted}) and a completion that the correction undid
     * ({@link CourseCompletionWithdrawn}). A session in the future cannot be marked yet.
     */
    @Transactional
    public int record(long eventId, long sessionId, Map<Long, Boolean> marks, long actorId) {
        Event event = eventRepository.findByIdForUpdate(eventId).orElseThrow(EventService::notFound);
        EventSession session = sessions.findById(sessionId).filter(s -> s.eventId() == eventId)
                .orElseThrow(EventService::notFound);
        if (session.day().isAfter(clock.today())) {
            throw new FormInvalidException(FieldErrors.FORM, "evt.error.attendanceInFuture");
        }
        Set<Long> confirmed = registrations.findConfirmed(eventId).stream().map(Registration::accountId)
                .collect(Collectors.toSet());
        Map<Long, AttendanceMark> before = new HashMap<>();
        sessions.findMarks(sessionId).forEach(m -> before.put(m.accountId(), m));
        LocalDateTime now = clock.now();
        int changed = 0;
        int recorded = 0;
        for (Map.Entry<Long, Boolean> mark : marks.entrySet()) {
            long accountId = mark.getKey();
            boolean present = mark.getValue();
            if (!confirmed.contains(accountId)) {
                continue;
            }
            AttendanceMark old = before.get(accountId);
            if (old != null && old.attended() == present) {
                continue;
            }
            sessions.upsertAttendance(sessionId, accountId, present, actorId, now);
            changed++;
            int revision = old == null ? 1 : old.revision() + 1;
            if (present) {
                recorded++;
                domainEvents.publish(new AttendanceRecorded(eventId, sessionId, accountId, session.day(), session.minutes(), revision));
            } else if (old != null) {
                domainEvents.publish(new AttendanceWithdrawn(eventId, sessionId, accountId, session.day(), revision));
            }
        }
        if (event.completionMin() != null && changed > 0) {
            settleCompletions(event, session.day());
        }
        audit.record(actorId, "evt.audit.attendanceRecorded", "evt.audit.target.session", Long.toString(sessionId),
                changed + " changed");
        return recorded;
    }

    /** Completions follow the marks: new ones are recorded, those the marks no longer support are undone. */
    private void settleCompletions(Event event, LocalDate day) {
        Set<Long> done = new HashSet<>(sessions.findCompleted(event.id()));
        Set<Long> meeting = new HashSet<>(sessions.findAccountsAttendingAtLeast(event.id(), event.completionMin()));
        for (Long accountId : meeting) {
            if (!done.contains(accountId) && sessions.insertCompletion(event.id(), accountId, day) > 0) {
                domainEvents.publish(new CourseCompleted(event.id(), event.title(), accountId, day));
            }
        }
        for (Long accountId : done) {
            if (!meeting.contains(accountId) && sessions.deleteCompletion(event.id(), accountId) > 0) {
                domainEvents.publish(new CourseCompletionWithdrawn(event.id(), event.title(), accountId));
            }
        }
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
        audit.record(viewerId, AuditLog.PERSONAL_DATA_VIEWED, "evt.audit.target.course", Long.toString(eventId), details.event().title());
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

}
