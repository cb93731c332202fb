package kyodo.points.internal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 4, 1, 9, 0);

    private static RuleSet rules(String basis, String rounding) {
        RuleSet d = RuleSet.defaults(2026, NOW);
        return new RuleSet(2026, basis, 1, rounding, 1, 120, 2, 2, 50, 100, 10, d.exchangeOpensOn(), d.exchangeClosesOn(),
                false, d.earningKinds(), null, NOW);
    }

    @Test
    void onePointAFullHourByDefault() {
        RuleSet r = RuleSet.defaults(2026, NOW);
        assertEquals(0, PointRules.earned(r, 59, null));
        assertEquals(1, PointRules.earned(r, 60, null));
        assertEquals(1, PointRules.earned(r, 119, null));
        assertEquals(3, PointRules.earned(r, 180, null));
        assertEquals(0, PointRules.earned(r, 0, null));
    }

    @Test
    void partialHoursRoundAsTheRulesSay() {
        assertEquals(2, PointRules.earned(rules("PER_HOUR", "HALF_UP"), 90, null));
        assertEquals(1, PointRules.earned(rules("PER_HOUR", "HALF_UP"), 89, null));
        assertEquals(2, PointRules.earned(rules("PER_HOUR", "CEILING"), 61, null));
        assertEquals(1, PointRules.earned(rules("PER_HOUR", "FLOOR"), 119, null));
    }

    @Test
    void perActivityGivesOneAndTwoForTwoHoursOrMore() {
        RuleSet r = rules("PER_ACTIVITY", "FLOOR");
        assertEquals(1, PointRules.earned(r, 30, null));
        assertEquals(1, PointRules.earned(r, 119, null));
        assertEquals(2, PointRules.earned(r, 120, null));
    }

    @Test
    void anEventsOwnNumberWins() {
        assertEquals(3, PointRules.earned(RuleSet.defaults(2026, NOW), 30, 3));
    }

    @Test
    void whatDoesNotFitUnderTheCapsIsOverTheCap() {
        assertEquals(new PointRules.Fit(2, 1), PointRules.fit(3, 0, 2, 0, 50));
        assertEquals(new PointRules.Fit(1, 2), PointRules.fit(3, 1, 2, 0, 50));
        assertEquals(new PointRules.Fit(0, 2), PointRules.fit(2, 2, 2, 10, 50));
        assertEquals(new PointRules.Fit(1, 1), PointRules.fit(2, 0, 2, 49, 50));
        assertEquals(new PointRules.Fit(0, 2), PointRules.fit(2, 0, 2, 50, 50));
        assertEquals(new PointRules.Fit(0, 0), PointRules.fit(0, 0, 2, 0, 50));
    }

    @Test
    void exchangesGoInStepsAndHoursBecomeMinutes() {
        assertTrue(PointRules.inSteps(20, 10));
        assertFalse(PointRules.inSteps(15, 10));
        assertFalse(PointRules.inSteps(0, 10));
        assertEquals(5000, PointRules.yen(50, 100));
        assertEquals(90, PointRules.minutes(new BigDecimal("1.5")));
        assertEquals(135, PointRules.minutes(new BigDecimal("2.25")));
    }
}
