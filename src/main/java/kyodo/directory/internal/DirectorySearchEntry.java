package kyodo.directory.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * The folded search text of one group, lecture or board post (see {@link DirectorySearch}); the table's key is
 * (kind, source id), and it is written and read only by the native queries of {@link DirectorySearchRepository}.
 */
@MappedEntity("dir_search")
public record DirectorySearchEntry(@Id long sourceId, String kind, String textHash, String folded) {
}
