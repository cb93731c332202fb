package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import kyodo.core.FiscalYear;
import kyodo.directory.GroupType;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A subsidy program of one fiscal year (e.g. 令和2年度 市民活動支援補助金); {@code eligibleTypes}
 * holds the group types that may apply, comma-separated ({@code NPO,CIVIC}).
 */
@MappedEntity("sub_program")
public record Program(@Id @GeneratedValue @Nullable Long id,
                      int fiscalYear,
                      String name,
                      String purpose,
                      long budget,
                      String fundSource,
                      String eligibleTypes,
                      String guidelines,
                      int reportDueDays,
                      LocalDateTime createdAt) {

    public FiscalYear year() {
        return new FiscalYear(fiscalYear);
    }

    /** The group types that may apply, in the order staff chose them. */
    public List<GroupType> types() {
        return eligibleTypes == null || eligibleTypes.isBlank() ? List.of()
                : Arrays.stream(eligibleTypes.split(",")).map(GroupType::valueOf).toList();
    }

    public boolean eligible(GroupType type) {
        return types().contains(type);
    }
}
