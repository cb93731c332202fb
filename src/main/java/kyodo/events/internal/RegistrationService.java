package kyodo.events.internal;

import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import io.micronaut.transaction.TransactionOperations;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Notifier.AccountMail;
import kyodo.events.EventStatus;

import java.sql.Connection;
import kyodo.core.CityClock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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

    /** One extra question with the answer given, for the confirmation page. */
    public record Answer(String question, String answer) {
    }

    /**
     * What the confirmation page shows before anything is saved: the companions and answers as they will be
     * registered, whether the person would go on the waitlist as the seats stand now (the final registration
     * decides again under the event's lock), and whether the person is registered already.
     */
    public record Checked(int companions, List<Answer> answers, boolean waitlist, boolean registered) {
    }

    /**
     * What a registration ended with, as its transaction saw it under the event's lock: the registration, the
     * event it is for, and the person's place on the waitlist (1 for the head; 0 when confirmed).
     */
    public record Registered(Registration registration, Event event, int waitlistPosition) {
    }

    /** A registration as its owner sees it. */
    public record MyRegistration(Registration registration, EventDetails event, int position) {
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/M/d H:mm");

    private final EventRepository events;
    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final EventMails mails;
    private final TransactionOperations<Connection> transactions;
    private final RegistrationLines lines = new RegistrationLines();
    private final CityClock clock;

    RegistrationService(EventRepository events, SessionRepository sessions, RegistrationRepository registrations,
                        EventMails mails,
                        TransactionOperations<Connection> transactions, CityClock clock) {
        this.events = events;
        this.sessions = sessions;
        this.registrations = registrations;
        this.mails = mails;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Registers a person: confirmed when the seats (person plus companions) fit and nobody is
     * waiting, otherwise on the waitlist. A second submit returns the registration that exists.
     * <p>
     * People registering for the same event at once are registered in batches, in arrival
     * order, one transaction per batch ({@link RegistrationLines}): in a rush the row lock, the
     * read of the seats and the commit are paid once per batch instead of once per person.
     */
    public Registration register(long eventId, long accountId, Request request) {
        return registerAndPlace(eventId, accountId, request).registration();
    }

    /**
     * {@link #register}, also answering with the event and the person's place on the waitlist as the registering
     * transaction saw them, so that an answer about the registration needs no further reads (in a rush, counting
     * the people ahead of each of thousands of waiting people would cost more than registering them).
     */
    public Registered registerAndPlace(long eventId, long accountId, Request request) {
        RegistrationLines.Place place = new RegistrationLines.Place(accountId, request);
        if (transactions.findTransactionStatus().isPresent()) {
            // Inside the caller's transaction: alone, so that nobody else's registration waits on that commit.
            return RegistrationLines.alone(place, batch -> registerBatch(eventId, batch));
        }
        return lines.join(eventId, place, batch -> registerBatch(eventId, batch));
    }

    /** Ends every place: with its registration or its own error once committed, or with the batch's error. */
    private void registerBatch(long eventId, List<RegistrationLines.Place> batch) {
        List<Object> outcomes;
        try {
            outcomes = transactions.executeWrite(status -> registerLocked(eventId, batch));
        } catch (FormInvalidException | HttpStatusException e) {
            // About the event itself (closed, cancelled, not found): the same answer for everyone.
            batch.forEach(p -> p.fail(e));
            return;
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).fail(e);
            } else {
                // Nothing of the batch was kept; one by one, one person's failure stays theirs.
                batch.forEach(p -> registerBatch(eventId, List.of(p)));
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            if (outcomes.get(i) instanceof Registered r) {
                batch.get(i).succeed(r);
            } else {
                batch.get(i).fail((RuntimeException) outcomes.get(i));
            }
        }
    }

    /**
     * The confirmation step: checks the event is open and the input is valid, as the registration will, and
     * saves nothing. Throws the same {@link FormInvalidException}s as {@link #register}.
     */
    @Transactional(readOnly = true)
    public Checked check(long eventId, long accountId, Request request) {
        Event event = events.findById(eventId).orElseThrow(EventService::notFound);
        requireOpen(event, clock.now());
        boolean registered = registrations.findByEventIdAndAccountId(eventId, accountId).filter(Registration::active).isPresent();
        FieldErrors errors = new FieldErrors();
        int companions = companions(request.companions(), event.maxCompanions(), errors);
        answers(event.questionList(), request.answers(), errors);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        List<Answer> shown = new ArrayList<>();
        for (Question q : event.questionList()) {
            shown.add(new Answer(q.text(), answer(q, request.answers())));
        }
        SeatState seats = registrations.seatState(eventId);
        boolean waitlist = seats.waiting() > 0 || seats.taken() + 1 + companions > event.capacity();
        return new Checked(companions, shown, waitlist, registered);
    }

    /** Registration is possible now: published, and within the registration window (both ends included). */
    private static void requireOpen(Event event, LocalDateTime now) {
        EventStatus status = event.statusValue();
        if (status == EventStatus.DRAFT) {
            throw EventService.notFound();
        }
        if (status == EventStatus.CANCELLED) {
            throw new FormInvalidException(FieldErrors.FORM, "evt.error.registerCancelled");
        }
        if (status == EventStatus.POSTPONED) {
            throw new FormInvalidException(FieldErrors.FORM, "evt.error.registerPostponed");
        }
        if (now.isBefore(event.registrationOpensAt())) {
            throw new FormInvalidException(FieldErrors.of(FieldErrors.FORM, "evt.error.notYetOpen")
                    .add(FieldErrors.FORM, "evt.error.opensAt", SHOWN.format(event.registrationOpensAt())));
        }
        if (now.isAfter(event.registrationClosesAt())) {
            throw new FormInvalidException(FieldErrors.FORM, "evt.error.closed");
        }
    }

    /** Per place, in order: its {@link Registered} or the {@link FormInvalidException} of its own input. */
    private List<Object> registerLocked(long eventId, List<RegistrationLines.Place> batch) {
        // The locking read must be the transaction's first statement: under REPEATABLE READ the
        // snapshot for the plain reads below is taken at the first plain read, which must come
        // after the lock is granted, or a waiting batch would count stale seats.
        Event event = events.findByIdForUpdate(eventId).orElseThrow(EventService::notFound);
        LocalDateTime now = clock.now();
        requireOpen(event, now);
        SeatState seats = registrations.seatState(eventId);
        int taken = seats.taken();
        int waiting = seats.waiting();
        Map<Long, Registration> existing = registrations.findOfAccounts(eventId,
                        batch.stream().map(p -> p.accountId).distinct().toList())
                .stream().collect(Collectors.toMap(Registration::accountId, r -> r));
        List<EventSession> schedule = sessions.findByEventIdOrderBySeq(eventId);
        long position = registrations.lastQueuePosition(eventId);
        List<Object> outcomes = new ArrayList<>();
        Map<Long, Registered> placed = new HashMap<>();
        List<Registration> inserts = new ArrayList<>();
        List<AccountMail> mailsToSend = new ArrayList<>();
        for (RegistrationLines.Place place : batch) {
            Registration before = existing.get(place.accountId);
            if (placed.containsKey(place.accountId)) {
                // A second submit within this batch.
                outcomes.add(placed.get(place.accountId));
                continue;
            }
            if (before != null && before.active()) {
                // A second submit.
                outcomes.add(new Registered(before, event, before.waitlisted() ? registrations.waitlistPosition(before.id()) : 0));
                continue;
            }
            FieldErrors errors = new FieldErrors();
            int companions = companions(place.request.companions(), event.maxCompanions(), errors);
            String answers = answers(event.questionList(), place.request.answers(), errors);
            if (errors.hasErrors()) {
                outcomes.add(new FormInvalidException(errors));
                continue;
            }
            boolean fits = waiting == 0 && taken + 1 + companions <= event.capacity();
            position++;
            // A new place in the queue, a new booking number (also for a person registering again after cancelling).
            Registration registration = new Registration(before == null ? null : before.id(), eventId, place.accountId,
                    fits ? Registration.CONFIRMED : Registration.WAITLISTED, companions, answers, now,
                    fits ? now : null, null, before == null ? now : before.createdAt(), position,
                    BookingNumbers.of(eventId, position));
            if (before == null) {
                inserts.add(registration);
            } else {
                registrations.update(registration);
            }
            Registered outcome;
            if (fits) {
                taken += 1 + companions;
                outcome = new Registered(registration, event, 0);
                mailsToSend.add(mails.confirmed(place.accountId, event, schedule, companions, registration.bookingNumber()));
            } else {
                // Arrival order under the lock: everyone already waiting is ahead.
                waiting++;
                outcome = new Registered(registration, event, waiting);
                mailsToSend.add(mails.waitlisted(place.accountId, event, schedule, waiting, registration.bookingNumber()));
            }
            placed.put(place.accountId, outcome);
            outcomes.add(outcome);
        }
        if (!inserts.isEmpty()) {
            // One multi-row insert for the batch.
            Map<Registration, Registration> saved = new IdentityHashMap<>();
            Iterator<Registration> withIds = registrations.saveAll(inserts).iterator();
            inserts.forEach(r -> saved.put(r, withIds.next()));
            outcomes.replaceAll(o -> o instanceof Registered r && saved.containsKey(r.registration())
                    ? new Registered(saved.get(r.registration()), r.event(), r.waitlistPosition()) : o);
        }
        if (!mailsToSend.isEmpty()) {
            mails.sendAll(mailsToSend);
        }
        return outcomes;
    }

    /** Cancels a person's own registration; a freed seat goes to the waitlist in the same transaction. */
    @Transactional
    public void cancel(long eventId, long accountId) {
        Event event = events.findByIdForUpdate(eventId).orElseThrow(EventService::notFound);
        Registration registration = registrations.findByEventIdAndAccountId(eventId, accountId)
                .filter(Registration::active)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "evt.error.noRegistration"));
        registrations.cancel(registration.id(), clock.now());
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
            registrations.confirm(waiting.id(), clock.now());
            free -= waiting.seats();
            promoted.add(waiting.accountId());
            if (list == null) {
                list = sessions.findByEventIdOrderBySeq(eventId);
            }
            mails.promoted(waiting.accountId(), event, list, waiting.bookingNumber());
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
        String v = kyodo.core.FormText.ascii(value);
        if (v == null) {
            return 0;
        }
        if (!v.matches("^\\d{1,3}$")) {
            errors.add("eventCompanions", "core.error.number");
            return 0;
        }
        int n = Integer.parseInt(v);
        if (n > max) {
            errors.add("eventCompanions", max == 0 ? "evt.error.noCompanions" : "evt.error.tooManyCompanions", max);
        }
        return n;
    }

    private static String answer(Question q, List<String> given) {
        return q.number() - 1 < given.size() && given.get(q.number() - 1) != null ? given.get(q.number() - 1).strip() : "";
    }

    /** Answers stored as "question: answer" lines, in the order of the questions. */
    private static String answers(List<Question> questions, List<String> given, FieldErrors errors) {
        StringBuilder out = new StringBuilder();
        for (Question q : questions) {
            String answer = answer(q, given);
            if (answer.length() > 1000) {
                errors.add(q.field(), "core.error.tooLong", 1000);
            }
            if (q.choice() && !answer.isEmpty() && !q.choices().contains(answer)) {
                errors.add(q.field(), "evt.error.choice");
            }
            out.append(q.text()).append(": ").append(answer.replace('\n', ' ')).append('\n');
        }
        return out.isEmpty() ? null : out.toString();
    }
}
