package kyodo.subsidies.internal;

import kyodo.core.FieldErrors;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Reads what people type. Amounts may come with full-width digits, commas or 円 (people copy
 * them from their 収支予算書); a bad value adds a message to its field and gives null.
 */
public final class Inputs {

    private Inputs() {
    }

    static String clean(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).trim();
    }

    public static boolean blank(String raw) {
        return clean(raw).isEmpty();
    }

    public static Long yen(FieldErrors errors, String field, String raw, boolean required) {
        String text = clean(raw).replace(",", "").replace("円", "").replace("¥", "").replace("￥", "").trim();
        if (text.isEmpty()) {
            if (required) {
                errors.add(field, "core.error.required");
            }
            return null;
        }
        if (!text.matches("\\d{1,12}")) {
            errors.add(field, "sub.error.yen");
            return null;
        }
        return Long.parseLong(text);
    }

    public static Integer integer(FieldErrors errors, String field, String raw, int min, int max) {
        String text = clean(raw);
        if (text.isEmpty()) {
            errors.add(field, "core.error.required");
            return null;
        }
        if (!text.matches("-?\\d{1,9}")) {
            errors.add(field, "sub.error.integer");
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

    public static LocalDate date(FieldErrors errors, String field, String raw, boolean required) {
        String text = clean(raw).replace('/', '-');
        if (text.isEmpty()) {
            if (required) {
                errors.add(field, "core.error.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, "sub.error.date");
            return null;
        }
    }

    public static LocalTime time(FieldErrors errors, String field, String raw, boolean required) {
        String text = clean(raw);
        if (text.isEmpty()) {
            if (required) {
                errors.add(field, "core.error.required");
            }
            return null;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            errors.add(field, "sub.error.time");
            return null;
        }
    }

    public static LocalDateTime dateTime(FieldErrors errors, String field, String raw) {
        String text = clean(raw).replace(' ', 'T');
        if (text.isEmpty()) {
            errors.add(field, "core.error.required");
            return null;
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, "sub.error.dateTime");
            return null;
        }
    }

    public static String text(FieldErrors errors, String field, String raw, boolean required, int max) {
        String text = raw == null ? "" : raw.strip();
        if (required && text.isEmpty()) {
            errors.add(field, "core.error.required");
        } else if (text.length() > max) {
            errors.add(field, "core.error.tooLong", max);
        }
        return text;
    }
}
