package kyodo.subsidies.internal;

/** 部門: a cap and a subsidy rate (rateNum / rateDen of the eligible expenses). */
public record Category(long id, long programId, String name, long maxAmount, int rateNum, int rateDen,
                       String description) {

    public String rateLabel() {
        return rateNum + "/" + rateDen;
    }

    /** The most the rate allows for these eligible expenses, under ¥1,000 rounded down. */
    public long rateLimit(long eligibleExpenses) {
        return Amounts.roundDownToThousand(Math.multiplyExact(eligibleExpenses, (long) rateNum) / rateDen);
    }
}
