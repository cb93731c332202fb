package kyodo.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Date formatting for pages, in the visitor's language and, in Japanese, the visitor's chosen style
 * (western 2026年12月1日 by default, or era 令和8年12月1日: {@link Display#eraDates()}). Every page's model
 * carries one as {@code dates}: {@code ${dates.date(event.day)}}. Official documents (decision notices,
 * certificates) always write the era: {@code ${dates.wareki(day)}}, or {@code ${dates.official()}} for the rest.
 * English pages keep English dates.
 */
public final class DateFormats {

    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final Locale locale;
    private final boolean era;

    /** Western dates in Japanese. */
    public DateFormats(Locale locale) {
        this(locale, false);
    }

    /** {@code era}: Japanese dates in the era (令和8年12月1日). */
    public DateFormats(Locale locale, boolean era) {
        this.locale = locale;
        this.era = era;
    }

    /** The same language with era dates, for official documents. */
    public DateFormats official() {
        return era ? this : new DateFormats(locale, true);
    }

    /** Whether Japanese dates are written in the era. */
    public boolean era() {
        return era && japanese();
    }

    private boolean japanese() {
        return !"en".equals(locale.getLanguage());
    }

    /** 2020年4月1日(水) (or 令和2年4月1日(水)) in Japanese, Wed, Apr 1, 2020 in English. */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (japanese()) {
            return (era ? JapaneseDates.wareki(date) : JapaneseDates.western(date)) + "(" + weekday(date) + ")";
        }
        return weekday(date) + ", " + EN_DATE.format(date);
    }

    /** 令和2年4月1日 in Japanese; the western date in English. */
    public String wareki(LocalDate date) {
        if (date == null) {
            return "";
        }
        return japanese() ? JapaneseDates.wareki(date) : EN_DATE.format(date);
    }

    /** A month: 2026年12月 (or 令和8年12月) in Japanese, December 2026 in English. */
    public String month(YearMonth month) {
        if (month == null) {
            return "";
        }
        if (!japanese()) {
            return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
        }
        return era ? JapaneseDates.warekiMonth(month) : JapaneseDates.westernMonth(month);
    }

    /** Date and time, e.g. 2020年4月1日(水) 13:30. */
    public String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : date(dateTime.toLocalDate()) + " " + TIME.format(dateTime);
    }

    public String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    public String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, japanese() ? Locale.JAPANESE : Locale.ENGLISH);
    }

    /** 2020年度（令和2年度） in Japanese (令和2年度（2020年度） with era dates), FY2020 in English. */
    public String fiscalYear(FiscalYear year) {
        if (!japanese()) {
            return "FY" + year.startYear();
        }
        return era ? year.warekiLabel() + "（" + year.label() + "）" : year.label() + "（" + year.warekiLabel() + "）";
    }

    /** The fiscal year that starts in April of {@code startYear}. */
    public String fiscalYear(int startYear) {
        return fiscalYear(new FiscalYear(startYear));
    }

    /** ISO date for machine-readable attributes ({@code <time datetime>}). */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** ¥600,000. */
    public String yen(long amount) {
        return "¥" + String.format(Locale.JAPAN, "%,d", amount);
    }
}
