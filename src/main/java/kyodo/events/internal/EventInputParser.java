package kyodo.events.internal;

import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.events.EventCategory;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the staff event form; every problem is reported next to its field. */
final class EventInputParser {

    /** "2026-10-16 10:00-12:00", also with slashes, full-width digits, a weekday and ～. */
    private static final Pattern SESSION = Pattern.compile(
            "^(\\d{4})[-/年](\\d{1,2})[-/月](\\d{1,2})日?\\s*(?:[(（].[)）])?\\s*(\\d{1,2}):(\\d{2})\\s*[-~〜－]\\s*(\\d{1,2}):(\\d{2})$");
    private static final Pattern DATE_TIME = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{2})(?::\\d{2})?$");
    private static final Pattern KANA = Pattern.compile("^[\\p{IsKatakana}\\p{IsHiragana}ー・\\s　]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9()\\-+ ]{6,20}$");
    static final int MAX_SESSIONS = 30;

    private EventInputParser() {
    }

    static EventDraft parse(EventInput in) {
        FieldErrors errors = new FieldErrors();
        String title = text(in.eventTitle(), "eventTitle", 200, true, errors);
        String kana = text(in.eventTitleKana(), "eventTitleKana", 200, false, errors);
        if (kana != null && !KANA.matcher(kana).matches()) {
            errors.add("eventTitleKana", "core.error.kana");
        }
        String description = text(in.eventDescription(), "eventDescription", 5000, false, errors);
        EventCategory category = EventCategory.parse(in.eventCategory());
        if (category == null) {
            errors.add("eventCategory", "evt.error.category");
        }
        String organizer = text(in.eventOrganizer(), "eventOrganizer", 200, false, errors);
        String lecturer = text(in.eventLecturer(), "eventLecturer", 300, false, errors);
        String audience = text(in.eventAudience(), "eventAudience", 300, false, errors);
        Integer fee = number(in.eventFee(), "eventFee", 0, 1_000_000, false, errors);
        String feeNote = text(in.eventFeeNote(), "eventFeeNote", 300, false, errors);
        String contact = text(in.eventContact(), "eventContact", 300, false, errors);
        String phone = text(normalize(in.eventPhone()), "eventPhone", 30, false, errors);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add("eventPhone", "evt.error.phone");
        }
        String accessibility = text(in.eventAccessibility(), "eventAccessibility", 1000, false, errors);
        String venueName = text(in.eventVenueName(), "eventVenueName", 200, false, errors);
        String venueAddress = text(in.eventVenueAddress(), "eventVenueAddress", 300, false, errors);
        String venueAccess = text(in.eventVenueAccess(), "eventVenueAccess", 500, false, errors);
        String parking = text(in.eventParking(), "eventParking", 300, false, errors);
        boolean online = in.onlineChecked();
        String onlineUrl = text(in.eventOnlineUrl(), "eventOnlineUrl", 500, false, errors);
        if (online && onlineUrl == null) {
            errors.add("eventOnlineUrl", "evt.error.onlineUrl");
        } else if (onlineUrl != null && !onlineUrl.matches("^https?://\\S+$")) {
            errors.add("eventOnlineUrl", "evt.error.url");
        }
        if (!online && venueName == null) {
            errors.add("eventVenueName", "evt.error.venueOrOnline");
        }
        Integer capacity = number(in.eventCapacity(), "eventCapacity", 1, 100_000, true, errors);
        LocalDateTime opens = dateTime(in.eventOpensAt(), "eventOpensAt", errors);
        LocalDateTime closes = dateTime(in.eventClosesAt(), "eventClosesAt", errors);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.add("eventClosesAt", "evt.error.closesBeforeOpens");
        }
        Integer companions = number(in.eventMaxCompanions(), "eventMaxCompanions", 0, 10, false, errors);
        String questions = text(in.eventQuestions(), "eventQuestions", 2000, false, errors);
        if (questions != null && Question.parseAll(questions).size() > Question.MAX) {
            errors.add("eventQuestions", "evt.error.tooManyQuestions", Question.MAX);
        }
        List<EventDraft.SessionTime> sessions = sessions(in.eventSessions(), errors);
        Integer completion = number(in.eventCompletionMin(), "eventCompletionMin", 1, MAX_SESSIONS, false, errors);
        if (completion != null && !sessions.isEmpty() && completion > sessions.size()) {
            errors.add("eventCompletionMin", "evt.error.completionAboveSessions", sessions.size());
        }
        if (closes != null && !sessions.isEmpty() && closes.isAfter(sessions.get(sessions.size() - 1).day()
                .atTime(sessions.get(sessions.size() - 1).end()))) {
            errors.add("eventClosesAt", "evt.error.closesAfterEvent");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        return new EventDraft(title, kana, description, category.name(), organizer, lecturer, audience, fee, feeNote,
                contact, phone, accessibility, venueName, venueAddress, venueAccess, parking, online, onlineUrl,
                capacity, opens, closes, companions == null ? 0 : companions, questions, completion, sessions);
    }

    private static List<EventDraft.SessionTime> sessions(String value, FieldErrors errors) {
        List<EventDraft.SessionTime> sessions = new ArrayList<>();
        String all = normalize(value);
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

    /** Full-width digits and colons (common in Japanese input) become ASCII. */
    static String normalize(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    }

    private static String text(String value, String field, int max, boolean required, FieldErrors errors) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                errors.add(field, "core.error.required");
            }
            return null;
        }
        if (v.length() > max) {
            errors.add(field, "core.error.tooLong", max);
        }
        return v;
    }

    private static Integer number(String value, String field, int min, int max, boolean required, FieldErrors errors) {
        String v = normalize(value);
        if (v == null) {
            if (required) {
                errors.add(field, "core.error.required");
            }
            return null;
        }
        v = v.replace(",", "");
        if (!v.matches("^-?\\d{1,9}$")) {
            errors.add(field, "core.error.number");
            return null;
        }
        int n = Integer.parseInt(v);
        if (n < min) {
            errors.add(field, "core.error.min", min);
        } else if (n > max) {
            errors.add(field, "core.error.max", max);
        }
        return n;
    }

    private static LocalDateTime dateTime(String value, String field, FieldErrors errors) {
        String v = normalize(value);
        if (v == null) {
            errors.add(field, "core.error.required");
            return null;
        }
        Matcher m = DATE_TIME.matcher(v);
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
