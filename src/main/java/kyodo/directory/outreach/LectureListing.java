package kyodo.directory.outreach;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;

/** A lecture with the name and status of the group that offers it, as the lecture queries read it. */
@Introspected
public record LectureListing(long id, long groupId, String groupName, String groupStatus, String title,
                             String description, String audiences, @Nullable String audienceNote, int minutes,
                             @Nullable Integer feeAmount, @Nullable String feeNote, @Nullable String hostPrepares,
                             String fields, @Nullable String serviceArea, @Nullable Integer minPeople,
                             @Nullable Integer maxPeople, boolean published, LocalDateTime updatedAt) {
}
