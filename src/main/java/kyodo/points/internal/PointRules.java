package kyodo.points.internal;

/**
 * The arithmetic of the rules, pure: how many points an activity earns, and how many of them fit
 * under the daily and yearly caps (the rest is recorded as over the cap).
 */
final class PointRules {

    private PointRules() {
    }

    /** What fits under the caps and what does not. */
    record Fit(int awarded, int overCap) {
    }

    /** Points for an activity of {@code minutes}; {@code fixed} (an event's own number) wins over the rules. */
    static int earned(RuleSet rules, int minutes, Integer fixed) {
        if (minutes <= 0) {
            return 0;
        }
        if (fixed != null) {
            return Math.max(0, fixed);
        }
        if (rules.basisValue() == RuleSet.Basis.PER_ACTIVITY) {
            return minutes >= rules.longActivityMinutes() ? rules.longActivityPoints() : rules.pointsPerActivity();
        }
        int hours = switch (rules.roundingValue()) {
            case FLOOR -> minutes / 60;
            case HALF_UP -> (minutes + 30) / 60;
            case CEILING -> (minutes + 59) / 60;
        };
        return hours * rules.pointsPerHour();
    }

    /** What of {@code earned} fits with {@code usedToday} and {@code usedThisYear} already standing. */
    static Fit fit(int earned, int usedToday, int dailyCap, int usedThisYear, int yearlyCap) {
        int room = Math.max(0, Math.min(dailyCap - usedToday, yearlyCap - usedThisYear));
        int awarded = Math.min(Math.max(0, earned), room);
        return new Fit(awarded, Math.max(0, earned) - awarded);
    }

    /** Yen for points at the year's rate. */
    static long yen(int points, int yenPerPoint) {
        return (long) points * yenPerPoint;
    }

    /** Whole steps only (10, 20, 30 … with a step of 10). */
    static boolean inSteps(int points, int step) {
        return points > 0 && step > 0 && points % step == 0;
    }

    /** Minutes from hours as typed (1, 1.5, 2.25), rounded to the minute. */
    static int minutes(java.math.BigDecimal hours) {
        return hours.multiply(java.math.BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
    }
}
