package kyodo.plan.web;

import kyodo.plan.internal.PlanYears;

/** Year labels for the plan's pages: the sheets' short era labels (H28 … R2) in Japanese, FY2016 in English. */
public record Eras(boolean japanese) {

    public static Eras of(java.util.Locale locale) {
        return new Eras(!"en".equals(locale.getLanguage()));
    }

    public String of(int fiscalYear) {
        return japanese ? PlanYears.era(fiscalYear) : "FY" + fiscalYear;
    }

    /** The year as plain text (no digit grouping when passed to a message). */
    public String text(int year) {
        return Integer.toString(year);
    }
}
