package kyodo.plan.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The folded search text of one plan item (see {@link ItemSearch}). */
@MappedEntity("pln_search")
public record ItemSearchEntry(@Id long sourceId, String textHash, String folded) {
}
