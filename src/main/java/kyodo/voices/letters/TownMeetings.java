package kyodo.voices.letters;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Viewer;
import kyodo.events.EventSummary;
import kyodo.events.EventsApi;
import kyodo.voices.letters.LetterForms.MeetingForm;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * まちかど市長室: staff name the events (of the events module, read through {@link EventsApi}) where the mayor meets
 * residents, and record the opinions raised there against them.
 */
@Singleton
public class TownMeetings {

    /** A meeting with the number of opinions recorded. */
    public record Line(TownMeeting meeting, long opinions) {
    }

    private final LetterRepositories.Meetings meetings;
    private final LetterRepositories.Letters letters;
    private final EventsApi events;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    TownMeetings(LetterRepositories.Meetings meetings, LetterRepositories.Letters letters, EventsApi events,
                 FormValidator validator, AuditLog audit, CityClock clock) {
        this.meetings = meetings;
        this.letters = letters;
        this.events = events;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Line> all() {
        Map<Long, Long> counts = letters.countsByMeeting().stream()
                .collect(Collectors.toMap(LetterRepositories.MeetingCount::eventId, LetterRepositories.MeetingCount::letters));
        return meetings.newestFirst().stream().map(m -> new Line(m, counts.getOrDefault(m.eventId(), 0L))).toList();
    }

    /** Upcoming events that are not town meetings yet, for the form that names one. */
    @Transactional
    public List<EventSummary> candidates() {
        Set<Long> known = meetings.newestFirst().stream().map(TownMeeting::eventId).collect(Collectors.toSet());
        return events.upcoming(100).stream().filter(e -> !known.contains(e.id())).toList();
    }

    @Transactional
    public void register(Viewer staff, MeetingForm form) {
        FieldErrors errors = validator.validate(form);
        EventSummary event = errors.has("eventId") ? null : events.find(Long.parseLong(form.eventId())).orElse(null);
        if (event == null && !errors.has("eventId")) {
            errors.add("eventId", "voi.error.letter.chooseEvent");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        if (meetings.register(event.id(), event.title(), event.firstDate(), staff.accountId(), clock.now()) > 0) {
            audit.record(staff.accountId(), "voi.audit.townMeetingRegistered", "voi.audit.target.townMeeting",
                    Long.toString(event.id()), event.title());
        }
    }

    @Transactional
    public List<Letter> opinionsOf(long eventId) {
        return letters.ofMeeting(eventId);
    }
}
