package kyodo.subsidies.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The folded search text of one subsidy program (see {@link ProgramSearch}). */
@MappedEntity("sub_search")
public record ProgramSearchEntry(@Id long sourceId, String textHash, String folded) {
}
