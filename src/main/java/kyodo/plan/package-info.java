/**
 * 推進計画・数値目標 (the promotion plan and its KPIs): plans with configurable levels, one sheet per
 * item, yearly reporting rounds by departments, tags to what the other modules record, KPIs. Public
 * API: the module's facade and its records.
 */
package kyodo.plan;
