package kyodo.subsidies;

import kyodo.subsidies.internal.Amounts;
import kyodo.subsidies.internal.Category;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 額の確定 arithmetic: rate × actual eligible cost, under ¥1,000 rounded down, never above the award. */
class AmountsTest {

    @Test
    void confirmedAmountFollowsTheRateRoundsDownAndIsCappedByTheAward() {
        // 1/2 of ¥98,500 = ¥49,250 → ¥49,000.
        assertEquals(49_000, Amounts.confirmedAmount(50_000, 98_500, 1, 2));
        // Spending more than planned never raises the award.
        assertEquals(50_000, Amounts.confirmedAmount(50_000, 130_000, 1, 2));
        // 10/10 of ¥59,999 → ¥59,000.
        assertEquals(59_000, Amounts.confirmedAmount(60_000, 59_999, 10, 10));
        // 2/3 of ¥100,000 = ¥66,666 → ¥66,000.
        assertEquals(66_000, Amounts.confirmedAmount(100_000, 100_000, 2, 3));
        assertEquals(0, Amounts.confirmedAmount(50_000, 0, 1, 2));
    }

    @Test
    void refundIsWhatWasPaidBeyondTheConfirmedAmount() {
        assertEquals(1_000, Amounts.refund(50_000L, 49_000));
        assertEquals(0, Amounts.refund(null, 49_000));
        assertEquals(0, Amounts.refund(40_000L, 49_000));
    }

    @Test
    void theRateLimitOfARequestIsRoundedDownToTheThousand() {
        Category challenge = new Category(1L, 1, "チャレンジ部門", 200_000, 1, 2, "");
        assertEquals(50_000, challenge.rateLimit(101_999));
        assertEquals(51_000, challenge.rateLimit(102_000));
    }
}
