package kyodo.portal.news;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The folded search text of one news item (see {@link NewsSearch}). */
@MappedEntity("por_search")
public record NewsSearchEntry(@Id long sourceId, String textHash, String folded) {
}
