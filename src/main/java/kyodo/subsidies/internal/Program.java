package kyodo.subsidies.internal;

import kyodo.core.FiscalYear;
import kyodo.directory.GroupType;

import java.util.List;

/** A subsidy program of one fiscal year (e.g. 令和2年度 市民活動支援補助金). */
public record Program(long id, int fiscalYear, String name, String purpose, long budget, String fundSource,
                      List<GroupType> eligibleTypes, String guidelines, int reportDueDays) {

    public FiscalYear year() {
        return new FiscalYear(fiscalYear);
    }

    public boolean eligible(GroupType type) {
        return eligibleTypes.contains(type);
    }
}
