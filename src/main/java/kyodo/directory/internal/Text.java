package kyodo.directory.internal;

import java.text.Normalizer;

/** Small text helpers for form input. */
public final class Text {

    private Text() {
    }

    /** Trimmed (also full-width spaces), null when blank. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        return s.isEmpty() ? null : s;
    }

    /** Full-width digits typed on a Japanese keyboard become ASCII digits. */
    public static String digits(String value) {
        if (value == null) {
            return null;
        }
        // Plain ASCII is already normal (and most cells of a large import are).
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return Normalizer.normalize(value, Normalizer.Form.NFKC);
            }
        }
        return value;
    }

    /** LIKE pattern for a free-text search, with the wildcards in the text escaped. */
    public static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
