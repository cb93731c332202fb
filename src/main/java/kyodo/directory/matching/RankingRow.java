package kyodo.directory.matching;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** One active volunteer as the suggestion ranking sees it. */
@Introspected
public record RankingRow(long id, String name, String nameKana, @Nullable String skills, @Nullable String qualifications,
                         int fieldMask, int availability, @Nullable String area, @Nullable String schoolDistrict) {
}
