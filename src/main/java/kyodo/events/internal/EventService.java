package kyodo.events.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FormValidator;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.events.EventStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Staff manage events; everyone reads them. */
@Singleton
public class EventService {

    public record SearchResult(List<EventDetails> events, long total, int page, int pageSize) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    private final EventRepository events;
    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final RegistrationService registrationService;
    private final EventMails mails;
    private final AuditLog audit;
    private final CityClock clock;
    private final FormValidator validator;

    EventService(EventRepository events, SessionRepository sessions, RegistrationRepository registrations,
                 RegistrationService registrationService, EventMails mails, AuditLog audit,
                 CityClock clock, FormValidator validator) {
        this.events = events;
        this.sessions = sessions;
        this.registrations = registrations;
        this.registrationService = registrationService;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
    }

    static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "event not found");
    }

    @Transactional
    public long create(EventInput input, long actorId) {
        EventDraft draft = EventRules.draft(input, validator.validate(input));
        LocalDateTime now = clock.now();
        Event saved = events.save(draft.toEvent(null, EventStatus.DRAFT.name(), null, actorId, now, now));
        int seq = 1;
        for (EventDraft.SessionTime s : draft.sessions()) {
            sessions.save(new EventSession(null, saved.id(), seq++, s.day(), s.start(), s.end()));
        }
        audit.record(actorId, "evt.audit.eventCreated", "evt.audit.target.event", saved.id().toString(), saved.title());
        return saved.id();
    }

    /**
     * Saves an edit under the event's row lock, so the capacity check sees every confirmed seat.
     * A larger capacity confirms people from the waitlist at once.
     */
    @Transactional
    public void update(long id, EventInput input, long actorId) {
        Event current = events.findByIdForUpdate(id).orElseThrow(EventService::notFound);
        EventDraft draft = EventRules.draft(input, validator.validate(input));
        FieldErrors errors = new FieldErrors();
        int taken = registrations.seatsTaken(id);
        if (draft.capacity() < taken) {
            errors.add("eventCapacity", "evt.error.capacityBelowConfirmed", taken);
        }
        List<EventSession> existing = sessions.findByEventIdOrderBySeq(id);
        for (int i = draft.sessions().size(); i < existing.size(); i++) {
            if (sessions.countAttendance(existing.get(i).id()) > 0) {
                errors.add("eventSessions", "evt.error.sessionHasAttendance", i + 1);
            }
        }
        if (!EventStatus.DRAFT.name().equals(current.status())) {
            checkNotInPast(draft.sessions(), errors);
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        LocalDateTime now = clock.now();
        events.update(draft.toEvent(id, current.status(), current.statusNote(), current.createdBy(), current.createdAt(), now));
        // Sessions keep their ids by position, so attendance already taken stays with its session.
        for (int i = 0; i < draft.sessions().size(); i++) {
            EventDraft.SessionTime s = draft.sessions().get(i);
            if (i < existing.size()) {
                sessions.update(new EventSession(existing.get(i).id(), id, i + 1, s.day(), s.start(), s.end()));
            } else {
                sessions.save(new EventSession(null, id, i + 1, s.day(), s.start(), s.end()));
            }
        }
        for (int i = draft.sessions().size(); i < existing.size(); i++) {
            sessions.deleteById(existing.get(i).id());
        }
        if (EventStatus.PUBLISHED.name().equals(current.status())) {
            registrationService.promoteFromWaitlist(id);
        }
        audit.record(actorId, "evt.audit.eventUpdated", "evt.audit.target.event", Long.toString(id), draft.title());
    }

    private void checkNotInPast(List<EventDraft.SessionTime> times, FieldErrors errors) {
        LocalDateTime now = clock.now();
        for (int i = 0; i < times.size(); i++) {
            if (times.get(i).day().atTime(times.get(i).start()).isBefore(now)) {
                errors.add("eventSessions", "evt.error.sessionInPast", i + 1);
            }
        }
    }

    /** Publishes a draft, or a postponed event with its new dates (its registrants are told). */
    @Transactional
    public void publish(long id, long actorId) {
        Event event = events.findByIdForUpdate(id).orElseThrow(EventService::notFound);
        EventStatus status = event.statusValue();
        if (status == EventStatus.PUBLISHED || status == EventStatus.CANCELLED) {
            throw new FormInvalidException(FieldErrors.FORM, "evt.error.cannotPublish");
        }
        List<EventSession> list = sessions.findByEventIdOrderBySeq(id);
        FieldErrors errors = new FieldErrors();
        checkNotInPast(list.stream().map(s -> new EventDraft.SessionTime(s.day(), s.startTime(), s.endTime())).toList(), errors);
        if (errors.hasErrors()) {
            throw new FormInvalidException(FieldErrors.FORM, "evt.error.publishPast");
        }
        events.updateStatus(id, EventStatus.PUBLISHED.name(), null, clock.now());
        if (status == EventStatus.POSTPONED) {
            for (Registration r : registrations.findActive(id)) {
                mails.eventRescheduled(r.accountId(), event, list);
            }
            registrationService.promoteFromWaitlist(id);
        }
        audit.record(actorId, "evt.audit.eventPublished", "evt.audit.target.event", Long.toString(id), event.title());
    }

    /** 中止 or 延期: every registrant and waitlisted person is told, in the same transaction. */
    @Transactional
    public void changeStatus(long id, EventStatus target, String note, long actorId) {
        Event event = events.findByIdForUpdate(id).orElseThrow(EventService::notFound);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 1000) {
            throw new FormInvalidException(FieldErrors.of("eventStatusNote", "core.error.tooLong").add("eventStatusNote", "core.error.tooLong", 1000));
        }
        EventStatus status = event.statusValue();
        boolean allowed = target == EventStatus.CANCELLED ? status != EventStatus.CANCELLED
                : target == EventStatus.POSTPONED && status == EventStatus.PUBLISHED;
        if (!allowed) {
            throw new FormInvalidException(FieldErrors.FORM, "evt.error.statusChange");
        }
        events.updateStatus(id, target.name(), cleanNote, clock.now());
        if (status != EventStatus.DRAFT) {
            for (Registration r : registrations.findActive(id)) {
                if (target == EventStatus.CANCELLED) {
                    mails.eventCancelled(r.accountId(), event, cleanNote);
                } else {
                    mails.eventPostponed(r.accountId(), event, cleanNote);
                }
            }
        }
        audit.record(actorId, target == EventStatus.CANCELLED ? "evt.audit.eventCancelled" : "evt.audit.eventPostponed",
                "evt.audit.target.event", Long.toString(id), cleanNote);
    }

    /** A published, postponed or cancelled event, if there is one (no exception: callers inside a transaction keep it). */
    @Transactional
    public java.util.Optional<EventDetails> findVisible(long id) {
        return events.findById(id).filter(e -> !EventStatus.DRAFT.name().equals(e.status()))
                .map(e -> new EventDetails(e, sessions.findByEventIdOrderBySeq(id), registrations.seatsTaken(id),
                        registrations.waitlistLength(id)));
    }

    @Transactional
    public EventDetails details(long id, boolean includeDraft) {
        Event event = events.findById(id).orElseThrow(EventService::notFound);
        if (!includeDraft && EventStatus.DRAFT.name().equals(event.status())) {
            throw notFound();
        }
        return new EventDetails(event, sessions.findByEventIdOrderBySeq(id), registrations.seatsTaken(id),
                registrations.waitlistLength(id));
    }

    /** The public list, by month (or from today), category, online / in person and text. */
    @Transactional
    public SearchResult search(String month, String category, String mode, String text, int page, int pageSize) {
        LocalDate today = clock.today();
        LocalDate from = today;
        LocalDate to = LocalDate.of(9999, 12, 31);
        if (month != null && month.matches("^\\d{4}-\\d{2}$")) {
            try {
                LocalDate first = LocalDate.parse(month + "-01");
                from = first;
                to = first.plusMonths(1).minusDays(1);
            } catch (java.time.format.DateTimeParseException ignored) {
                // an impossible month shows the upcoming list
            }
        }
        String c = category == null ? "" : category;
        String m = mode == null ? "" : mode;
        String t = text == null ? "" : text.strip();
        int safePage = Math.max(1, page);
        List<Event> found = events.search(from, to, c, m, t, pageSize, (safePage - 1) * pageSize);
        return new SearchResult(withSeats(found), events.countSearch(from, to, c, m, t), safePage, pageSize);
    }

    /** The next {@code limit} visible events from today, soonest first, without counting all the others. */
    @Transactional
    public List<EventDetails> upcoming(int limit) {
        return withSeats(events.search(clock.today(), LocalDate.of(9999, 12, 31), "", "", "", limit, 0));
    }

    @Transactional
    public List<EventDetails> forStaff(int page, int pageSize) {
        return withSeats(events.findForStaff(pageSize, (Math.max(1, page) - 1) * pageSize));
    }

    @Transactional
    public long countAll() {
        return events.count();
    }

    /** Visible events whose last day is on or after {@code from}, for feeds and open data. */
    @Transactional
    public List<EventDetails> visibleSince(LocalDate from) {
        return withSeats(events.findVisibleSince(from));
    }

    /** Sessions and seat counts of many events in three queries, not three per event. */
    List<EventDetails> withSeats(List<Event> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = found.stream().map(Event::id).collect(Collectors.toSet());
        Map<Long, Integer> seats = new HashMap<>();
        registrations.seatsTakenOf(ids).forEach(s -> seats.put(s.eventId(), s.seats()));
        Map<Long, List<EventSession>> byEvent = new HashMap<>();
        sessions.findByEventIdInOrderBySeq(ids).forEach(s -> byEvent.computeIfAbsent(s.eventId(), k -> new ArrayList<>()).add(s));
        return found.stream().map(e -> new EventDetails(e, byEvent.getOrDefault(e.id(), List.of()),
                seats.getOrDefault(e.id(), 0), 0)).toList();
    }
}
