package kyodo.directory.outreach;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/**
 * A row of {@code dir_lecture}: audiences and fields of activity are comma-separated codes
 * (searched with FIND_IN_SET). Pages see it as a {@link Lecture}.
 */
@MappedEntity("dir_lecture")
public record LectureRow(@Id @GeneratedValue @Nullable Long id,
                         long groupId,
                         String title,
                         String description,
                         String audiences,
                         @Nullable String audienceNote,
                         int minutes,
                         @Nullable Integer feeAmount,
                         @Nullable String feeNote,
                         @Nullable String hostPrepares,
                         String fields,
                         @Nullable String serviceArea,
                         @Nullable Integer minPeople,
                         @Nullable Integer maxPeople,
                         boolean published,
                         long createdBy,
                         LocalDateTime createdAt,
                         LocalDateTime updatedAt) {
}
