package kyodo.subsidies.internal;

import kyodo.core.FieldErrors;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Small pure helpers that turn a form record's tidied text into values. The records' constraints
 * have checked the format already (digits, a date's shape); these add what a pattern cannot say
 * (a range, a real calendar day) as a message under the field, and give null then.
 */
final class Inputs {

    /** What {@code @Pattern} of an amount accepts: up to 12 digits (the record removed 「,」「円」「¥」). */
    static final String YEN = "\\d{1,12}";
    static final String INTEGER = "\\d{1,9}";
    static final String DATE = "\\d{4}-\\d{1,2}-\\d{1,2}";
    static final String TIME = "\\d{1,2}:\\d{2}";
    static final String DATE_TIME = "\\d{4}-\\d{1,2}-\\d{1,2}T\\d{1,2}:\\d{2}";
    static final String ID = "\\d{1,18}";

    private Inputs() {
    }

    static Long yen(String text) {
        return text == null ? null : Long.parseLong(text);
    }

    static Long id(String text) {
        return text == null || !text.matches(ID) ? null : Long.parseLong(text);
    }

    /** A number between {@code min} and {@code max}, or a message under the field. */
    static Integer integer(FieldErrors errors, String field, String text, int min, int max) {
        if (text == null || !text.matches(INTEGER) || errors.has(field)) {
            return null;
        }
        int value = Integer.parseInt(text);
        if (value < min) {
            errors.add(field, "core.error.min", min);
            return null;
        }
        if (value > max) {
            errors.add(field, "core.error.max", max);
            return null;
        }
        return value;
    }

    /** A day of the calendar (2020-02-30 is not one). */
    static LocalDate date(FieldErrors errors, String field, String text) {
        if (text == null || errors.has(field)) {
            return null;
        }
        try {
            String[] p = text.split("-");
            return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        } catch (RuntimeException e) {
            errors.add(field, "sub.error.date");
            return null;
        }
    }

    static LocalTime time(FieldErrors errors, String field, String text) {
        if (text == null || errors.has(field)) {
            return null;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            errors.add(field, "sub.error.time");
            return null;
        }
    }

    static LocalDateTime dateTime(FieldErrors errors, String field, String text) {
        if (text == null || errors.has(field)) {
            return null;
        }
        String[] dayAndTime = text.split("T");
        LocalDate day = date(new FieldErrors(), field, dayAndTime[0]);
        LocalTime time = dayAndTime.length < 2 ? null : time(new FieldErrors(), field, dayAndTime[1]);
        if (day == null || time == null) {
            errors.add(field, "sub.error.dateTime");
            return null;
        }
        return day.atTime(time);
    }

    /** A message that the field is required, unless the field has one already. */
    static void require(FieldErrors errors, String field, String text) {
        if (text == null && !errors.has(field)) {
            errors.add(field, "core.error.required");
        }
    }

    /** A repeated field tidied value by value, its length kept so rows stay aligned (blank → null). */
    static java.util.List<String> cleanAll(java.util.List<String> values) {
        return values == null ? null : values.stream().map(kyodo.core.FormText::clean).toList();
    }

    /** 「2020/7/1」「2020-07-01」 (also full-width) as the date pattern expects. */
    static String dateText(String text) {
        String s = kyodo.core.FormText.ascii(text);
        return s == null ? null : s.replace('/', '-');
    }

    /** 「2020-05-01 09:00」 as 2020-05-01T09:00, and without seconds. */
    static String dateTimeText(String text) {
        String s = dateText(text);
        if (s == null) {
            return null;
        }
        s = s.replace(' ', 'T');
        return s.matches(DATE_TIME + ":\\d{2}") ? s.substring(0, s.lastIndexOf(':')) : s;
    }

    /** 「13:30:00」 as 13:30. */
    static String timeText(String text) {
        String s = kyodo.core.FormText.ascii(text);
        return s != null && s.matches(TIME + ":\\d{2}") ? s.substring(0, s.lastIndexOf(':')) : s;
    }
}
