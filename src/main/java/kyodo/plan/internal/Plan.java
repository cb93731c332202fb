package kyodo.plan.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

/** A promotion plan (推進計画) over fiscal years {@code firstYear}..{@code lastYear} (e.g. 2016..2020 = H28..R2). */
@MappedEntity("pln_plan")
public record Plan(@Id @GeneratedValue @Nullable Long id,
                   String name,
                   int firstYear,
                   int lastYear,
                   @Nullable String summary,
                   boolean published,
                   long createdBy,
                   LocalDateTime createdAt,
                   LocalDateTime updatedAt) {

    /** The plan's fiscal years, in order. */
    public List<Integer> years() {
        return IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
    }

    public boolean covers(int fiscalYear) {
        return fiscalYear >= firstYear && fiscalYear <= lastYear;
    }

    /** A year to show when none is asked for: this year inside the period, else the nearest end of it. */
    public int yearNear(int fiscalYear) {
        return Math.max(firstYear, Math.min(lastYear, fiscalYear));
    }
}
