package kyodo.plan.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Item numbers as the city writes them: 1-(2)-① (a 推進項目, a 施策 in parentheses, a 事業 as a circled
 * digit). Typed numbers are tidied (full-width digits, parentheses and dashes become ASCII; spaces go;
 * the circled digits stay), so that 「1－（2）－①」 and 「1-(2)-①」 are the same number.
 */
public final class ItemNumber {

    private ItemNumber() {
    }

    /** The tidy form, or null when nothing is left. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (c >= '\uFF10' && c <= '\uFF19') {
                out.append((char) ('0' + (c - '\uFF10')));
            } else if (c == '\uFF08') {
                out.append('(');
            } else if (c == '\uFF09') {
                out.append(')');
            } else if (c == '\uFF0D' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013'
                    || c == '\u2014' || c == '\u2212' || c == '\u30FC' || c == '\uFF70') {
                out.append('-');
            } else {
                out.append(c);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    public static List<String> segments(String number) {
        List<String> parts = new ArrayList<>();
        for (String s : number.split("-")) {
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        return parts;
    }

    /** The number of the level above: 1-(2)-① → 1-(2); null for a top-level number. */
    public static String parentOf(String number) {
        int dash = number.lastIndexOf('-');
        return dash <= 0 ? null : number.substring(0, dash);
    }

    /** The value of one segment: 1, (2) → 2, ① → 1, ㉑ → 21; -1 when it is not a number. */
    public static int value(String segment) {
        String s = segment;
        if (s.length() >= 2 && s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.matches("\\d{1,6}")) {
            return Integer.parseInt(s);
        }
        if (s.length() == 1) {
            char c = s.charAt(0);
            if (c >= '\u2460' && c <= '\u2473') {
                return c - '\u2460' + 1;
            }
            if (c >= '\u3251' && c <= '\u325F') {
                return c - '\u3251' + 21;
            }
            if (c >= '\u32B1' && c <= '\u32BF') {
                return c - '\u32B1' + 36;
            }
        }
        return -1;
    }

    /** Whether every part of the number is a number (1-(2)-①), so that it sorts by its values. */
    public static boolean numeric(String number) {
        return segments(number).stream().allMatch(s -> value(s) >= 0);
    }

    /** A key that sorts 1-(2)-② after 1-(2)-① and 1-(10) after 1-(9); other segments sort after numbers, by text. */
    public static String sortKey(String number) {
        StringBuilder key = new StringBuilder();
        for (String segment : segments(number)) {
            if (!key.isEmpty()) {
                key.append('.');
            }
            int v = value(segment);
            key.append(v >= 0 ? String.format("%04d", v) : "9999" + segment);
        }
        return key.length() > 120 ? key.substring(0, 120) : key.toString();
    }
}
