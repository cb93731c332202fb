package kyodo.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What people type and what was stored fold to the same text. */
class SearchTextTest {

    @Test
    void halfWidthKatakanaIsFullWidthAndThenHiragana() {
        assertEquals("きようどう", SearchText.fold("ｷｮｳﾄﾞｳ"));
        assertEquals(SearchText.fold("キョウドウ"), SearchText.fold("ｷｮｳﾄﾞｳ"));
        assertEquals(SearchText.fold("きょうどう"), SearchText.fold("キョウドウ"));
        assertEquals(SearchText.fold("パソコン"), SearchText.fold("ﾊﾟｿｺﾝ"));
    }

    @Test
    void smallKanaAndTheLongVowelMarkFold() {
        assertEquals(SearchText.fold("ドロン"), SearchText.fold("ドローン"));
        assertEquals(SearchText.fold("ﾄﾞﾛｰﾝ"), SearchText.fold("ドローン"));
        assertEquals("あいうえおつやゆよわ", SearchText.fold("ァィゥェォッャュョヮ"));
        assertEquals(SearchText.fold("ヴァイオリン"), SearchText.fold("ヴアイオリン"));
        assertEquals(SearchText.fold("きって"), SearchText.fold("キッテ"));
    }

    @Test
    void fullWidthLettersDigitsAndSpacesFold() {
        assertEquals("npo2026", SearchText.fold("ＮＰＯ　２０２６"));
        assertEquals("npo法人", SearchText.fold(" NPO 法人 "));
        assertEquals("協働塾", SearchText.fold("協働　塾"));
        assertEquals("", SearchText.fold("   \u3000 "));
        assertEquals("", SearchText.fold(null));
    }

    @Test
    void kanjiAreKeptAsTheyAre() {
        assertEquals("とみさと協働塾", SearchText.fold("とみさと協働塾"));
        assertTrue(SearchText.fold("とみさと協働塾 ゼロからはじめる市民活動").contains(SearchText.fold("協働塾")));
        assertFalse(SearchText.fold("協働塾").contains(SearchText.fold("きょうどう")), "a reading is found only where it is stored");
    }

    @Test
    void likePatternsTakeWhatWasTypedLiterally() {
        assertEquals("%100\\%\\_a\\\\%", SearchText.contains("100%_a\\"));
    }

    @Test
    void controlCharactersAreNoticed() {
        assertTrue(SearchText.hasControlCharacters("協働\u0000"));
        assertTrue(SearchText.hasControlCharacters("a\u001bb"));
        assertFalse(SearchText.hasControlCharacters("協働 塾\t"));
    }
}
