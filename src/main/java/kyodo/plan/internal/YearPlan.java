package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;

/** 年次計画 of an item for a fiscal year (検討 / 実施 / 見直し・実施 / →). */
@Introspected
public record YearPlan(long itemId, int fiscalYear, String planText) {
}
