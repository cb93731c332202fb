package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** 部門: a cap and a subsidy rate (rateNum / rateDen of the eligible expenses). */
@MappedEntity("sub_category")
public record Category(@Id @GeneratedValue @Nullable Long id,
                       long programId,
                       String name,
                       long maxAmount,
                       int rateNum,
                       int rateDen,
                       String description) {

    public String rateLabel() {
        return rateNum + "/" + rateDen;
    }

    /** The most the rate allows for these eligible expenses, under ¥1,000 rounded down. */
    public long rateLimit(long eligibleExpenses) {
        return Amounts.roundDownToThousand(Math.multiplyExact(eligibleExpenses, (long) rateNum) / rateDen);
    }
}
