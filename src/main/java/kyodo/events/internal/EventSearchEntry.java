package kyodo.events.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The folded search text of one event (see {@link EventSearch}). */
@MappedEntity("evt_search")
public record EventSearchEntry(@Id long eventId, String textHash, String folded) {
}
