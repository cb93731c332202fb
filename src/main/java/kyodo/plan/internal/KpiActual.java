package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;

/** A value staff entered for a KPI in a fiscal year. */
@Introspected
public record KpiActual(long kpiId, int fiscalYear, BigDecimal value) {
}
