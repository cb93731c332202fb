package kyodo.core;

/** Furigana (フリガナ): katakana or hiragana, with spaces, the long-vowel mark and the middle dot. */
public final class Kana {

    /** For {@code @Pattern(regexp = Kana.PATTERN, message = "{core.error.kana}")}. */
    public static final String PATTERN = "^[\\p{IsKatakana}\\p{IsHiragana}ー・\\s　]+$";

    private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(PATTERN);

    private Kana() {
    }

    public static boolean matches(String text) {
        return text != null && COMPILED.matcher(text).matches();
    }
}
