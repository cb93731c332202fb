package kyodo.plan.internal;

/** Short era labels of fiscal years as the sheets head their columns: H28 … R1 R2. */
public final class PlanYears {

    private PlanYears() {
    }

    /** H28 for 2016, R1 for 2019 (the fiscal year is named by the era of most of it), R2 for 2020. */
    public static String era(int fiscalYear) {
        if (fiscalYear >= 2019) {
            return "R" + (fiscalYear - 2018);
        }
        if (fiscalYear >= 1989) {
            return "H" + (fiscalYear - 1988);
        }
        return "S" + (fiscalYear - 1925);
    }

    /** Reads 2016, H28, R2 (and R1 for 2019); -1 when it is none of these. */
    public static int parse(String text) {
        if (text == null) {
            return -1;
        }
        String s = kyodo.core.FormText.ascii(text);
        if (s == null) {
            return -1;
        }
        s = s.toUpperCase(java.util.Locale.ROOT);
        if (s.matches("\\d{4}")) {
            return Integer.parseInt(s);
        }
        if (s.matches("R\\d{1,2}")) {
            return 2018 + Integer.parseInt(s.substring(1));
        }
        if (s.matches("H\\d{1,2}")) {
            return 1988 + Integer.parseInt(s.substring(1));
        }
        return -1;
    }
}
