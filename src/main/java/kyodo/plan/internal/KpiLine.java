package kyodo.plan.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The straight line from a KPI's baseline to its target: what the figure should be in a year on the
 * way, and whether an actual value is on track (on or beyond the line, in the target's direction) or behind.
 */
public record KpiLine(BigDecimal baselineValue, int baselineYear, BigDecimal targetValue, int targetYear) {

    public enum Status {
        ON_TRACK, BEHIND, NO_DATA;

        public String labelKey() {
            return "pln.kpi.status." + name();
        }
    }

    public KpiLine {
        if (targetYear <= baselineYear) {
            throw new IllegalArgumentException("The target year comes after the baseline year");
        }
    }

    /** The value the line reaches in a year (the baseline before it, the target after it), to two decimals. */
    public BigDecimal expected(int year) {
        int clamped = Math.max(baselineYear, Math.min(targetYear, year));
        BigDecimal span = targetValue.subtract(baselineValue);
        return baselineValue.add(span.multiply(BigDecimal.valueOf(clamped - baselineYear))
                .divide(BigDecimal.valueOf(targetYear - baselineYear), 2, RoundingMode.HALF_UP))
                .setScale(2, RoundingMode.HALF_UP);
    }

    public boolean rising() {
        return targetValue.compareTo(baselineValue) >= 0;
    }

    public Status status(int year, BigDecimal actual) {
        if (actual == null) {
            return Status.NO_DATA;
        }
        int compared = actual.compareTo(expected(year));
        return (rising() ? compared >= 0 : compared <= 0) ? Status.ON_TRACK : Status.BEHIND;
    }
}
