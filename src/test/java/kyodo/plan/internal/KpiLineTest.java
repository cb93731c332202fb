package kyodo.plan.internal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KpiLineTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theLineRunsFromBaselineToTarget() {
        KpiLine ashiya = new KpiLine(d("35.9"), 2019, d("40.0"), 2024);
        assertEquals(d("35.90"), ashiya.expected(2019));
        assertEquals(d("36.72"), ashiya.expected(2020));
        assertEquals(d("37.54"), ashiya.expected(2021));
        assertEquals(d("40.00"), ashiya.expected(2024));
        assertEquals(d("40.00"), ashiya.expected(2030), "after the target year the line stays at the target");
        assertEquals(d("35.90"), ashiya.expected(2010));
    }

    @Test
    void onTrackOnOrAboveTheLineBehindBelowIt() {
        KpiLine ashiya = new KpiLine(d("35.9"), 2019, d("40.0"), 2024);
        assertEquals(KpiLine.Status.BEHIND, ashiya.status(2020, d("36.4")));
        assertEquals(KpiLine.Status.ON_TRACK, ashiya.status(2020, d("36.72")));
        assertEquals(KpiLine.Status.ON_TRACK, ashiya.status(2021, d("37.8")));
        assertEquals(KpiLine.Status.NO_DATA, ashiya.status(2021, null));
    }

    @Test
    void aFigureToReduceIsOnTrackOnOrBelowTheLine() {
        KpiLine vacancies = new KpiLine(d("120"), 2020, d("80"), 2024);
        assertEquals(KpiLine.Status.ON_TRACK, vacancies.status(2022, d("100")));
        assertEquals(KpiLine.Status.BEHIND, vacancies.status(2022, d("101")));
    }

    @Test
    void theTargetYearComesAfterTheBaseline() {
        assertThrows(IllegalArgumentException.class, () -> new KpiLine(d("1"), 2024, d("2"), 2024));
    }
}
