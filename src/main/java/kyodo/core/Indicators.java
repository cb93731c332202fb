package kyodo.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Figures a module can compute for the plan's KPIs (数値目標), e.g. the number of registered groups,
 * supporters, participants, matched volunteers, or the share of respondents answering a question a
 * given way. A KPI names a source {@code code} and, where the figure needs it, a parameter (a
 * questionnaire question and choice). One bean per module; the plan module asks them all.
 */
public interface Indicators {

    /** What this module can measure. */
    List<Indicator> indicators();

    /** The value for a fiscal year, empty when there is nothing to measure yet. */
    Optional<BigDecimal> value(String code, String parameter, FiscalYear year);

    /** One measure: its code (with the module's prefix, e.g. {@code dir.groups}), label and unit keys, and whether it takes a parameter. */
    record Indicator(String code, String labelKey, String unitKey, boolean parameterized) {
    }
}
