package kyodo.core;

import java.time.LocalDate;

/** A Japanese fiscal year (年度): April 1 to March 31, named by the year it starts in. */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    /** 2020年度. */
    public String label() {
        return startYear + "年度";
    }

    /** 令和2年度; 令和元年度 for 2019, named by the era of most of the year (Reiwa began on May 1, 2019). */
    public String warekiLabel() {
        return JapaneseDates.eraYear(LocalDate.of(startYear, 5, 1)) + "年度";
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
