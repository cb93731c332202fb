package kyodo.core;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JapaneseDatesTest {

    @Test
    void warekiDatesAsTheCityWritesThem() {
        assertEquals("令和2年4月1日", JapaneseDates.wareki(LocalDate.of(2020, 4, 1)));
        assertEquals("令和元年5月1日", JapaneseDates.wareki(LocalDate.of(2019, 5, 1)));
        assertEquals("平成31年4月30日", JapaneseDates.wareki(LocalDate.of(2019, 4, 30)));
        assertEquals("平成元年1月8日", JapaneseDates.wareki(LocalDate.of(1989, 1, 8)));
        assertEquals("昭和64年1月7日", JapaneseDates.wareki(LocalDate.of(1989, 1, 7)));
        assertEquals("令和8年11月22日", JapaneseDates.wareki(LocalDate.of(2026, 11, 22)));
    }

    @Test
    void fiscalYearRunsAprilToMarch() {
        assertEquals(new FiscalYear(2020), FiscalYear.of(LocalDate.of(2020, 4, 1)));
        assertEquals(new FiscalYear(2020), FiscalYear.of(LocalDate.of(2021, 3, 31)));
        assertEquals(new FiscalYear(2019), FiscalYear.of(LocalDate.of(2020, 3, 31)));
        FiscalYear fy2020 = new FiscalYear(2020);
        assertEquals("2020年度", fy2020.label());
        assertEquals("令和2年度", fy2020.warekiLabel());
        assertEquals("令和元年度", new FiscalYear(2019).warekiLabel());
        assertTrue(fy2020.contains(LocalDate.of(2020, 9, 30)));
        assertFalse(fy2020.contains(LocalDate.of(2021, 4, 1)));
        assertEquals(LocalDate.of(2021, 3, 31), fy2020.lastDay());
    }

    @Test
    void pageFormatsFollowTheLanguage() {
        DateFormats ja = new DateFormats(Locale.JAPANESE);
        DateFormats en = new DateFormats(Locale.ENGLISH);
        LocalDate day = LocalDate.of(2020, 4, 1);
        assertEquals("2020年4月1日(水)", ja.date(day));
        assertEquals("Wed, Apr 1, 2020", en.date(day));
        assertEquals("令和2年4月1日", ja.wareki(day));
        assertEquals("2020年度（令和2年度）", ja.fiscalYear(new FiscalYear(2020)));
        assertEquals("FY2020", en.fiscalYear(new FiscalYear(2020)));
        assertEquals("¥600,000", ja.yen(600_000));
    }

    @Test
    void aVisitorWhoChoseTheEraGetsEraDatesInJapaneseOnly() {
        DateFormats era = new DateFormats(Locale.JAPANESE, true);
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertEquals("令和8年12月1日(火)", era.date(day));
        assertEquals("令和8年12月1日(火) 9:30", era.dateTime(day.atTime(9, 30)));
        assertEquals("令和8年度（2026年度）", era.fiscalYear(new FiscalYear(2026)));
        assertEquals("2026年12月1日(火)", new DateFormats(Locale.JAPANESE).date(day));
        assertEquals("Tue, Dec 1, 2026", new DateFormats(Locale.ENGLISH, true).date(day));
        // official documents write the era whatever the visitor chose
        assertEquals("令和8年12月1日(火)", new DateFormats(Locale.JAPANESE).official().date(day));
        assertEquals("令和8年12月1日", new DateFormats(Locale.JAPANESE).official().wareki(day));
        // months (the calendar's title and the list's month filter)
        assertEquals("令和8年12月", era.month(java.time.YearMonth.of(2026, 12)));
        assertEquals("令和元年5月", era.month(java.time.YearMonth.of(2019, 5)));
        assertEquals("平成31年4月", era.month(java.time.YearMonth.of(2019, 4)));
        assertEquals("2026年12月", new DateFormats(Locale.JAPANESE).month(java.time.YearMonth.of(2026, 12)));
        assertEquals("December 2026", new DateFormats(Locale.ENGLISH, true).month(java.time.YearMonth.of(2026, 12)));
    }
}
