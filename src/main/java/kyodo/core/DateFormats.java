package kyodo.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Date formatting for pages, in the visitor's language. Every page's model carries one as
 * {@code dates}: {@code ${dates.date(event.day)}}, {@code ${dates.wareki(event.day)}}.
 */
public final class DateFormats {

    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final Locale locale;

    public DateFormats(Locale locale) {
        this.locale = locale;
    }

    private boolean japanese() {
        return !"en".equals(locale.getLanguage());
    }

    /** 2020年4月1日(水) in Japanese, Wed, Apr 1, 2020 in English. */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (japanese()) {
            return JapaneseDates.western(date) + "(" + weekday(date) + ")";
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

    /** 2020年度 (令和2年度) in Japanese, FY2020 in English. */
    public String fiscalYear(FiscalYear year) {
        return japanese() ? year.label() + "（" + year.warekiLabel() + "）" : "FY" + year.startYear();
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
