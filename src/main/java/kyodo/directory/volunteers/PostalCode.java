package kyodo.directory.volunteers;

import kyodo.core.FormText;

/**
 * A Japanese postal code (郵便番号) as people type it: 「1234567」「123-4567」「〒１２３－４５６７」, also with
 * the dashes a Japanese keyboard gives (ー, −). Kept as 123-4567; anything else is kept as typed so
 * the check can say what is wrong.
 */
public final class PostalCode {

    /** The stored form, for the record's constraint. */
    public static final String PATTERN = "\\d{3}-\\d{4}";

    private static final java.util.regex.Pattern TYPED = java.util.regex.Pattern.compile("(\\d{3})-?(\\d{4})");

    private PostalCode() {
    }

    public static String normalise(String typed) {
        String s = FormText.ascii(typed);
        if (s == null) {
            return null;
        }
        String plain = s.replaceAll("^[\\x{3012}\\x{3036}]\\s*", "").replaceAll("[\\x{30FC}\\x{2212}\\x{2010}-\\x{2015}]", "-").replace(" ", "");
        java.util.regex.Matcher m = TYPED.matcher(plain);
        return m.matches() ? m.group(1) + "-" + m.group(2) : s;
    }
}
