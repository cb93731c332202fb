package kyodo.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * When a person is free: weekday × morning / afternoon / evening, as 21 bits
 * (bit = day * 3 + period, Monday first), so overlaps are one AND in SQL.
 */
public final class Availability {

    public static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    public static final List<String> PERIODS = List.of("AM", "PM", "EVE");

    private Availability() {
    }

    public static String code(int day, int period) {
        return DAYS.get(day) + "_" + PERIODS.get(period);
    }

    public static int mask(Collection<String> codes) {
        int mask = 0;
        if (codes != null) {
            for (String c : codes) {
                int bit = bit(c);
                if (bit >= 0) {
                    mask |= 1 << bit;
                }
            }
        }
        return mask;
    }

    private static final java.util.Map<String, Integer> BITS = new java.util.HashMap<>();

    static {
        for (int d = 0; d < DAYS.size(); d++) {
            for (int p = 0; p < PERIODS.size(); p++) {
                BITS.put(code(d, p), d * 3 + p);
            }
        }
    }

    public static int bit(String code) {
        return code == null ? -1 : BITS.getOrDefault(code.strip(), -1);
    }

    public static List<String> codes(int mask) {
        List<String> out = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            for (int p = 0; p < 3; p++) {
                if ((mask & (1 << (d * 3 + p))) != 0) {
                    out.add(code(d, p));
                }
            }
        }
        return out;
    }

    public static boolean has(int mask, String code) {
        int bit = bit(code);
        return bit >= 0 && (mask & (1 << bit)) != 0;
    }

    /** The slot of a date and time, for a request on a given day. */
    public static int ofDay(java.time.DayOfWeek day) {
        return 0b111 << ((day.getValue() - 1) * 3);
    }

    /** For CSV: "MON_AM MON_PM". */
    public static String join(int mask) {
        return String.join(" ", codes(mask));
    }
}
