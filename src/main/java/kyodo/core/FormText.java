package kyodo.core;

import java.text.Normalizer;

/**
 * How every form record tidies what people type before it is checked: surrounding spaces (also
 * full-width ones) go and a blank field is null; in number, date and time fields full-width digits
 * and punctuation typed on a Japanese keyboard become ASCII (NFKC).
 */
public final class FormText {

    private FormText() {
    }

    /** Trimmed, null when blank. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        return s.isEmpty() ? null : s;
    }

    /** {@link #clean} after NFKC: ０９０－１２３４ → 090-1234, ２０２６／４／１ → 2026/4/1. */
    public static String ascii(String value) {
        String s = clean(value);
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return clean(Normalizer.normalize(s, Normalizer.Form.NFKC));
            }
        }
        return s;
    }

    /** An amount or count as typed (「1,000円」「１０００」): ASCII digits without separators, or what was typed if not a number. */
    public static String number(String value) {
        String s = ascii(value);
        if (s == null) {
            return null;
        }
        String stripped = s.replace(",", "").replace("円", "").replace("¥", "").strip();
        return stripped.matches("-?\\d+") ? stripped : s;
    }
}
