package kyodo.events.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import io.micronaut.transaction.TransactionOperations;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.events.EventStatus;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * Registration, cancellation and the waitlist. Every change to one event's seats runs under
 * that event's row lock ({@code SELECT ... FOR UPDATE}), so confirmed seats never exceed the
 * capacity and the waitlist keeps arrival order, however many people press the button at once.
 */
@Singleton
public class RegistrationService {

    /** What a person asked for: companions and answers to the extra questions, as typed. */
    public record Request(String companions, List<String> answers) {
    }

    /** A registration as its owner sees it. */
    public record MyRegistration(Registration registration, EventDetails event, int position) {
    }

    /** One holds the lock, the next ones are already queued on it, so it passes on without a gap. */
    static final int IN_FLIGHT_PER_EVENT = 4;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/M/d H:mm");

    private final EventRepository events;
    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final EventMails mails;
    private final EventChanges changes;
    private final TransactionOperations<Connection> transactions;
    private final Semaphore[] gates = new Semaphore[64];
    private final Clock clock = Clock.systemDefaultZone();

    RegistrationService(EventRepository events, SessionRepository sessions, RegistrationRepository registrations,
                        EventMails mails, EventChanges changes,
                        TransactionOperations<Connection> transactions) {
        this.events = events;
        this.sessions = sessions;
        this.registrations = registrations;
        this.mails = mails;
        this.changes = changes;
        this.transactions = transactions;
        for (int i = 0; i < gates.length; i++) {
            gates[i] = new Semaphore(IN_FLIGHT_PER_EVENT, true);
        }
    }

    /**
     * Registers a person: confirmed when the seats (person plus companions) fit and nobody is
     * waiting, otherwise on the waitlist. A second submit returns the registration that exists.
     * <p>
     * Every registration for one event waits for that event's row lock, so the work done while
     * holding it sets the pace of a rush: the schedule the e-mail shows is read before, and the locked
     * part is the lock, one read of the seats, the insert and the e-mail (address and outbox row).
     * A rush must not take every database connection either (the pages of everyone else need
     * some): at most {@link #IN_FLIGHT_PER_EVENT} registrations of one event hold a connection at
     * once; the others wait in arrival order before taking one. The row lock alone keeps the count
     * right (also across instances of the app); the gate only keeps connections free.
     */
    public Registration register(long eventId, long accountId, Request request) {
        List<EventSession> schedule = sessions.findByEventIdOrderBySeq(eventId);
        Semaphore gate = gates[Math.floorMod(Long.hashCode(eventId), gates.length)];
        gate.acquireUninterruptibly();
        try {
            return transactions.executeWrite(status -> registerLocked(eventId, accountId, request, schedule));
        } finally {
            gate.release();
        }
    }

    private Registration registerLocked(long eventId, long accountId, Request request, List<EventSession> schedule) {
        // The locking read must be the transaction's first statement: under REPEATABLE READ the
        // snapshot for the plain read below is taken at the first plain read, which must come
        // after the lock is granted, or a waiting request would count stale seats.
        Event event = events.findByIdForUpdate(eventId).orElseThrow(EventService::notFound);
        LocalDateTime now = LocalDateTime.now(clock);
        EventStatus status = event.statusValue();
        if (status == EventStatus.DRAFT) {
            throw EventService.notFound();
        }
        if (status == EventStatus.CANCELLED) {
            throw new FormInvalidException(FieldErrors.FORM, "event.error.registerCancelled");
        }
        if (status == EventStatus.POSTPONED) {
            throw new FormInvalidException(FieldErrors.FORM, "event.error.registerPostponed");
        }
        if (now.isBefore(event.registrationOpensAt())) {
            throw new FormInvalidException(FieldErrors.of(FieldErrors.FORM, "event.error.notYetOpen")
                    .add(FieldErrors.FORM, "event.error.opensAt", SHOWN.format(event.registrationOpensAt())));
        }
        if (now.isAfter(event.registrationClosesAt())) {
            throw new FormInvalidException(FieldErrors.FORM, "event.error.closed");
        }
        SeatState seats = registrations.seatState(eventId, accountId);
        Registration existing = seats.registrationId() == null ? null
                : registrations.findById(seats.registrationId()).orElseThrow();
        if (existing != null && existing.active()) {
            return existing;
        }
        FieldErrors errors = new FieldErrors();
        int companions = companions(request.companions(), event.maxCompanions(), errors);
        String answers = answers(event.questionList(), request.answers(), errors);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        boolean fits = seats.waiting() == 0 && seats.taken() + 1 + companions <= event.capacity();
        String newStatus = fits ? Registration.CONFIRMED : Registration.WAITLISTED;
        Registration saved;
        if (existing != null) {
            saved = new Registration(existing.id(), eventId, accountId, newStatus, companions, answers, now,
                    fits ? now : null, null, existing.createdAt());
            registrations.update(saved);
        } else {
            saved = registrations.save(new Registration(null, eventId, accountId, newStatus, companions, answers, now,
                    fits ? now : null, null, now));
        }
        changes.changed();
        if (fits) {
            mails.confirmed(accountId, event, schedule, companions);
        } else {
            // Arrival order under the lock: everyone already waiting is ahead.
            mails.waitlisted(accountId, event, schedule, seats.waiting() + 1);
        }
        return saved;
    }

    /** Cancels a person's own registration; a freed seat goes to the waitlist in the same transaction. */
    @Transactional
    public void cancel(long eventId, long accountId) {
        Event event = events.findByIdForUpdate(eventId).orElseThrow(EventService::notFound);
        Registration registration = registrations.findByEventIdAndAccountId(eventId, accountId)
                .filter(Registration::active)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "event.error.noRegistration"));
        registrations.cancel(registration.id());
        changes.changed();
        mails.cancelledByPerson(accountId, event);
        if (registration.confirmed() && event.statusValue() == EventStatus.PUBLISHED) {
            promoteFromWaitlist(eventId);
        }
    }

    /**
     * Confirms people from the head of the waitlist while their seats fit. Stops at the first
     * person who does not fit, so nobody overtakes someone who arrived earlier.
     * Runs inside the caller's transaction, which holds the event's row lock.
     */
    @Transactional
    public List<Long> promoteFromWaitlist(long eventId) {
        Event event = events.findByIdForUpdate(eventId).orElseThrow(EventService::notFound);
        int free = event.capacity() - registrations.seatsTaken(eventId);
        List<Long> promoted = new ArrayList<>();
        List<EventSession> list = null;
        for (Registration waiting : registrations.findWaitlist(eventId)) {
            if (waiting.seats() > free) {
                break;
            }
            registrations.confirm(waiting.id());
            changes.changed();
            free -= waiting.seats();
            promoted.add(waiting.accountId());
            if (list == null) {
                list = sessions.findByEventIdOrderBySeq(eventId);
            }
            mails.promoted(waiting.accountId(), event, list);
        }
        return promoted;
    }

    @Transactional
    public java.util.Optional<MyRegistration> mine(long eventId, long accountId, EventDetails details) {
        return registrations.findByEventIdAndAccountId(eventId, accountId)
                .map(r -> new MyRegistration(r, details, r.waitlisted() ? registrations.waitlistPosition(r.id()) : 0));
    }

    /** A person's registrations, newest first, each with its event and waitlist position. */
    @Transactional
    public List<MyRegistration> allMine(long accountId, EventService eventService) {
        List<Registration> mine = registrations.findByAccount(accountId);
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, EventDetails> byId = eventService.withSeats(
                        events.findByIdIn(mine.stream().map(Registration::eventId).toList()))
                .stream().collect(Collectors.toMap(d -> d.event().id(), d -> d));
        return mine.stream().filter(r -> byId.containsKey(r.eventId()))
                .map(r -> new MyRegistration(r, byId.get(r.eventId()), r.waitlisted() ? registrations.waitlistPosition(r.id()) : 0))
                .toList();
    }

    private static int companions(String value, int max, FieldErrors errors) {
        String v = EventInputParser.normalize(value);
        if (v == null) {
            return 0;
        }
        if (!v.matches("^\\d{1,3}$")) {
            errors.add("eventCompanions", "error.number");
            return 0;
        }
        int n = Integer.parseInt(v);
        if (n > max) {
            errors.add("eventCompanions", max == 0 ? "event.error.noCompanions" : "event.error.tooManyCompanions", max);
        }
        return n;
    }

    /** Answers stored as "question: answer" lines, in the order of the questions. */
    private static String answers(List<Question> questions, List<String> given, FieldErrors errors) {
        StringBuilder out = new StringBuilder();
        for (Question q : questions) {
            String answer = q.number() - 1 < given.size() && given.get(q.number() - 1) != null
                    ? given.get(q.number() - 1).strip() : "";
            if (answer.length() > 1000) {
                errors.add(q.field(), "error.tooLong", 1000);
            }
            if (q.choice() && !answer.isEmpty() && !q.choices().contains(answer)) {
                errors.add(q.field(), "event.error.choice");
            }
            out.append(q.text()).append(": ").append(answer.replace('\n', ' ')).append('\n');
        }
        return out.isEmpty() ? null : out.toString();
    }
}
