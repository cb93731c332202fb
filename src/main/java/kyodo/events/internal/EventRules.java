package kyodo.events.internal;

import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.GsiMap;
import kyodo.events.EventCategory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * How the fields of the event form fit together (after each field passed its own constraints):
 * the session lines, the registration window against the sessions, venue or online, a course's
 * completion rule. Pure: it reads the form and returns the checked draft or the messages.
 */
final class EventRules {

    /** 2026-10-16T10:00 (datetime-local) or 2026-10-16 10:00. */
    static final String DATE_TIME = "\\d{4}-\\d{1,2}-\\d{1,2}[T ]\\d{1,2}:\\d{2}(:\\d{2})?";
    /** "2026-10-16 10:00-12:00", also with slashes, 年月日, a weekday in brackets and ～. */
    private static final java.util.regex.Pattern SESSION = java.util.regex.Pattern.compile(
            "^(\\d{4})[-/年](\\d{1,2})[-/月](\\d{1,2})日?\\s*(?:[(（].[)）])?\\s*(\\d{1,2}):(\\d{2})\\s*[-~〜－～]\\s*(\\d{1,2}):(\\d{2})$");
    private static final java.util.regex.Pattern DATE_TIME_PARTS = java.util.regex.Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{2})(?::\\d{2})?$");
    static final int MAX_SESSIONS = 30;
    static final int MAX_CAPACITY = 100_000;
    static final int MAX_COMPANIONS = 10;

    private EventRules() {
    }

    /** The draft of a form whose fields are each valid; {@code errors} holds what the field constraints found. */
    static EventDraft draft(EventInput in, FieldErrors errors) {
        EventCategory category = EventCategory.parse(in.eventCategory());
        if (category == null && !errors.has("eventCategory")) {
            errors.add("eventCategory", "evt.error.category");
        }
        boolean online = in.onlineChecked();
        if (online && in.eventOnlineUrl() == null) {
            errors.add("eventOnlineUrl", "evt.error.onlineUrl");
        }
        if (!online && in.eventVenueName() == null) {
            errors.add("eventVenueName", "evt.error.venueOrOnline");
        }
        Integer fee = number(in.eventFee(), "eventFee", 0, 1_000_000, errors);
        Integer capacity = number(in.eventCapacity(), "eventCapacity", 1, MAX_CAPACITY, errors);
        Integer companions = number(in.eventMaxCompanions(), "eventMaxCompanions", 0, MAX_COMPANIONS, errors);
        Integer completion = number(in.eventCompletionMin(), "eventCompletionMin", 1, MAX_SESSIONS, errors);
        BigDecimal latitude = coordinate(in.eventLatitude(), "eventLatitude", GsiMap.latitude(in.eventLatitude()), 90, errors);
        BigDecimal longitude = coordinate(in.eventLongitude(), "eventLongitude", GsiMap.longitude(in.eventLongitude()), 180, errors);
        if ((latitude == null) != (longitude == null) && !errors.has("eventLatitude") && !errors.has("eventLongitude")) {
            errors.add(latitude == null ? "eventLatitude" : "eventLongitude", "evt.error.coordinatesBoth");
        }
        LocalDateTime opens = dateTime(in.eventOpensAt(), "eventOpensAt", errors);
        LocalDateTime closes = dateTime(in.eventClosesAt(), "eventClosesAt", errors);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.add("eventClosesAt", "evt.error.closesBeforeOpens");
        }
        if (in.eventQuestions() != null && Question.parseAll(in.eventQuestions()).size() > Question.MAX) {
            errors.add("eventQuestions", "evt.error.tooManyQuestions", Question.MAX);
        }
        List<EventDraft.SessionTime> sessions = errors.has("eventSessions") ? List.of() : sessions(in.eventSessions(), errors);
        if (completion != null && !sessions.isEmpty() && completion > sessions.size()) {
            errors.add("eventCompletionMin", "evt.error.completionAboveSessions", sessions.size());
        }
        if (closes != null && !sessions.isEmpty()) {
            EventDraft.SessionTime last = sessions.get(sessions.size() - 1);
            if (closes.isAfter(last.day().atTime(last.end()))) {
                errors.add("eventClosesAt", "evt.error.closesAfterEvent");
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        return new EventDraft(in.eventTitle(), in.eventTitleKana(), in.eventDescription(), category.name(),
                in.eventOrganizer(), in.eventLecturer(), in.eventAudience(), fee, in.eventFeeNote(), in.eventContact(),
                in.eventPhone(), in.eventAccessibility(), in.eventVenueName(), in.eventVenueAddress(),
                in.eventVenueAccess(), in.eventParking(), latitude, longitude, online, in.eventOnlineUrl(), capacity, opens, closes,
                companions == null ? 0 : companions, in.eventQuestions(), completion, sessions);
    }

    /** One session a line; every bad line is named by its number. */
    static List<EventDraft.SessionTime> sessions(String all, FieldErrors errors) {
        List<EventDraft.SessionTime> sessions = new ArrayList<>();
        if (all == null) {
            errors.add("eventSessions", "evt.error.sessionsRequired");
            return sessions;
        }
        int line = 0;
        for (String raw : all.split("\\R")) {
            line++;
            String s = raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            Matcher m = SESSION.matcher(s);
            if (!m.matches()) {
                errors.add("eventSessions", "evt.error.sessionFormat", line);
                continue;
            }
            try {
                LocalDate day = LocalDate.of(i(m.group(1)), i(m.group(2)), i(m.group(3)));
                LocalTime start = LocalTime.of(i(m.group(4)), i(m.group(5)));
                LocalTime end = LocalTime.of(i(m.group(6)), i(m.group(7)));
                if (!end.isAfter(start)) {
                    errors.add("eventSessions", "evt.error.sessionEndBeforeStart", line);
                    continue;
                }
                sessions.add(new EventDraft.SessionTime(day, start, end));
            } catch (DateTimeException e) {
                errors.add("eventSessions", "evt.error.sessionFormat", line);
            }
        }
        if (sessions.isEmpty() && !errors.has("eventSessions")) {
            errors.add("eventSessions", "evt.error.sessionsRequired");
        }
        if (sessions.size() > MAX_SESSIONS) {
            errors.add("eventSessions", "evt.error.tooManySessions", MAX_SESSIONS);
        }
        sessions.sort(Comparator.comparing(EventDraft.SessionTime::day).thenComparing(EventDraft.SessionTime::start));
        return sessions;
    }

    private static int i(String digits) {
        return Integer.parseInt(digits);
    }

    /** A field whose constraint already passed (digits only), checked against its range. */
    private static Integer number(String value, String field, int min, int max, FieldErrors errors) {
        if (value == null || errors.has(field) || !value.matches("\\d{1,9}")) {
            return null;
        }
        int n = Integer.parseInt(value);
        if (n < min) {
            errors.add(field, "core.error.min", min);
        } else if (n > max) {
            errors.add(field, "core.error.max", max);
        }
        return n;
    }

    /** A latitude or longitude (format checked by the constraint), within ±limit, kept to six decimals as stored. */
    private static BigDecimal coordinate(String value, String field, boolean inRange, int limit, FieldErrors errors) {
        if (value == null || errors.has(field)) {
            return null;
        }
        if (!inRange) {
            errors.add(field, "evt.error.coordinateRange", limit);
            return null;
        }
        return new BigDecimal(value).setScale(6, RoundingMode.HALF_UP);
    }

    private static LocalDateTime dateTime(String value, String field, FieldErrors errors) {
        if (value == null || errors.has(field)) {
            return null;
        }
        Matcher m = DATE_TIME_PARTS.matcher(value);
        if (!m.matches()) {
            errors.add(field, "evt.error.dateTime");
            return null;
        }
        try {
            return LocalDateTime.of(i(m.group(1)), i(m.group(2)), i(m.group(3)), i(m.group(4)), i(m.group(5)));
        } catch (DateTimeException e) {
            errors.add(field, "evt.error.dateTime");
            return null;
        }
    }
}
