package kyodo.core;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Japanese text so that what people type finds what was stored, however either was written:
 * NFKC (full-width letters and digits, half-width katakana: ｷｮｳﾄﾞｳ → キョウドウ), lower case,
 * katakana → hiragana, small kana → their full-size letter (ァ → あ, ょ → よ, っ → つ), the long vowel
 * mark (ー) and every space removed. Search sources fold the stored text with this and keep it
 * (a database collation cannot fold kana this way), and the query with the same method.
 */
public final class SearchText {

    /** A query longer than this is refused (with a message), not searched. */
    public static final int MAX_QUERY = 100;

    private static final String SMALL = "\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308e\u3095\u3096"; // small kana
    private static final String LARGE = "\u3042\u3044\u3046\u3048\u304a\u3064\u3084\u3086\u3088\u308f\u304b\u3051"; // their full-size letters

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || c == 'ー' || c == '〜' || c == '～') {
                continue;
            }
            if (c >= 'ァ' && c <= 'ヶ') {
                c = (char) (c - ('ァ' - 'ぁ'));       // katakana → hiragana (ヵヶ become ゕゖ)
            }
            int small = SMALL.indexOf(c);
            if (small >= 0) {
                c = LARGE.charAt(small);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The folded query as a LIKE pattern that finds it anywhere ({@code %} and {@code _} typed are literal). */
    public static String contains(String folded) {
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Whether a query has characters no one types into a search box (control characters other than spaces). */
    public static boolean hasControlCharacters(String query) {
        return query.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && !Character.isWhitespace(c)
                || c == 0x7f || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.PRIVATE_USE);
    }
}
