package kyodo.plan.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ItemNumberTest {

    @Test
    void fullWidthNumbersAreTheSameNumbers() {
        assertEquals("1-(1)-①", ItemNumber.normalize("1－(1)－①"));
        assertEquals("4-(2)-①", ItemNumber.normalize("4－（2）－①"));
        assertEquals("1-(2)-①", ItemNumber.normalize(" １－（２）－① "));
        assertNull(ItemNumber.normalize("　"));
    }

    @Test
    void numbersSortByTheirValues() {
        List<String> numbers = new ArrayList<>(List.of("1-(10)", "2", "1-(2)-⑪", "1-(2)-②", "1-(9)", "1", "1-(2)"));
        numbers.sort((a, b) -> ItemNumber.sortKey(a).compareTo(ItemNumber.sortKey(b)));
        assertEquals(List.of("1", "1-(2)", "1-(2)-②", "1-(2)-⑪", "1-(9)", "1-(10)", "2"), numbers);
        assertEquals(21, ItemNumber.value("㉑"));
        assertEquals(-1, ItemNumber.value("ア"));
    }

    @Test
    void theLevelAboveIsTheNumberWithoutItsLastPart() {
        assertEquals("1-(2)", ItemNumber.parentOf("1-(2)-①"));
        assertEquals("1", ItemNumber.parentOf("1-(2)"));
        assertNull(ItemNumber.parentOf("1"));
        assertEquals(3, ItemNumber.segments("1-(2)-①").size());
    }

    @Test
    void relatedItemsAreReadFromTheSheetsText() {
        assertEquals(List.of("1-(1)-③", "4-(2)-①"),
                Items.numbersIn("1－(1)－③まちづくりコーディネーターの育成及び充実 4－(2)－①協働のまちづくりモデル事業の実施"));
        assertEquals(List.of("2-(1)-④", "3-(3)-①"), Items.numbersIn("2-(1)-④協働の担い手情報の充実と活用 3-(3)-①協働の担い手情報【再掲】"));
        assertEquals(List.of(), Items.numbersIn("7つの支援力"));
    }

    @Test
    void eraLabelsOfFiscalYears() {
        assertEquals("H28", PlanYears.era(2016));
        assertEquals("R1", PlanYears.era(2019));
        assertEquals("R2", PlanYears.era(2020));
        assertEquals(2016, PlanYears.parse("H28"));
        assertEquals(2020, PlanYears.parse("Ｒ２"));
        assertEquals(2020, PlanYears.parse("2020"));
        assertEquals(-1, PlanYears.parse("令和"));
    }
}
