package kyodo.subsidies.internal;

/** The arithmetic of subsidy amounts (補助金の額の算定). */
public final class Amounts {

    private Amounts() {
    }

    /** 千円未満切捨て. */
    public static long roundDownToThousand(long yen) {
        return yen <= 0 ? 0 : (yen / 1000) * 1000;
    }

    /**
     * 額の確定: the category's rate times the actual eligible expenses, under ¥1,000 rounded
     * down, and never above the award.
     */
    public static long confirmedAmount(long awarded, long actualEligibleExpenses, int rateNum, int rateDen) {
        long byRate = roundDownToThousand(Math.multiplyExact(actualEligibleExpenses, (long) rateNum) / rateDen);
        return Math.min(awarded, byRate);
    }

    /** 返還額: what was paid in advance beyond the confirmed amount. */
    public static long refund(Long paid, long confirmed) {
        return paid == null ? 0 : Math.max(0, paid - confirmed);
    }
}
