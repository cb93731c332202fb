package kyodo.core;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** Japanese-era (和暦) dates as the city's documents write them: 令和2年4月1日, 令和元年5月1日. */
public final class JapaneseDates {

    /** The first day the Japanese calendar is solar (Meiji 6); earlier dates stay western. */
    private static final LocalDate FIRST_SUPPORTED = LocalDate.of(1873, 1, 1);

    private JapaneseDates() {
    }

    /** 令和2年4月1日 (the first year of an era is 元年). */
    public static String wareki(LocalDate date) {
        return eraYear(date) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 令和2 or 令和元: the era and its year, without 年. */
    public static String eraYear(LocalDate date) {
        if (date.isBefore(FIRST_SUPPORTED)) {
            return String.valueOf(date.getYear());
        }
        JapaneseDate japanese = JapaneseDate.from(date);
        JapaneseEra era = japanese.getEra();
        int year = japanese.get(ChronoField.YEAR_OF_ERA);
        return era.getDisplayName(TextStyle.FULL, Locale.JAPAN) + (year == 1 ? "元" : String.valueOf(year));
    }

    /** 令和8年12月 (the era of the month's first day). */
    public static String warekiMonth(java.time.YearMonth month) {
        return eraYear(month.atDay(1)) + "年" + month.getMonthValue() + "月";
    }

    /** 2026年12月. */
    public static String westernMonth(java.time.YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /** 2020年4月1日. */
    public static String western(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
