package kyodo.plan.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A KPI (数値目標): the indicator, its unit, the baseline (value and year), the target (value and fiscal
 * year), and where its yearly actuals come from: staff enter them, or {@code sourceCode} names a module's
 * Indicators figure (with {@code sourceParameter} when the figure takes one).
 */
@MappedEntity("pln_kpi")
public record Kpi(@Id @GeneratedValue @Nullable Long id, long planId, int position, String name, String unit,
                  BigDecimal baselineValue, int baselineYear, BigDecimal targetValue, int targetYear,
                  @Nullable String sourceCode, @Nullable String sourceParameter, @Nullable String note,
                  LocalDateTime createdAt, LocalDateTime updatedAt) {

    public boolean computed() {
        return sourceCode != null && !sourceCode.isBlank();
    }
}
