package kyodo.directory.internal;

/** Furigana check: katakana or hiragana, with spaces and the long-vowel mark. */
final class Kana {
    static final String PATTERN = "^[\\p{IsKatakana}\\p{IsHiragana}ー・\\s　]+$";

    private Kana() {
    }
}
