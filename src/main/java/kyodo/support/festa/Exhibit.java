package kyodo.support.festa;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A participating group's exhibit: its text, photos, and a PR video shown as a link (never embedded). */
@MappedEntity("sup_festa_exhibit")
public record Exhibit(@Id @GeneratedValue @Nullable Long id, long festaId, @Nullable Long groupId, String groupName,
                      String exhibitText, @Nullable String videoUrl, LocalDateTime createdAt) {
}
