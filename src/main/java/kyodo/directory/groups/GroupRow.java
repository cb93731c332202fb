package kyodo.directory.groups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import kyodo.directory.GroupType;

import java.time.LocalDateTime;

/** A row of {@code dir_group}; pages see it as a {@link Group} with its fields of activity. */
@MappedEntity("dir_group")
public record GroupRow(@Id @GeneratedValue @Nullable Long id,
                       String name,
                       String nameKana,
                       @MappedProperty("group_type") GroupType type,
                       @Nullable String area,
                       @Nullable String schoolDistrict,
                       @Nullable Integer foundedYear,
                       @Nullable Integer memberCount,
                       @Nullable String description,
                       @Nullable String activityDays,
                       @Nullable String activityPlace,
                       @Nullable String publicContact,
                       @Nullable String privateContact,
                       @Nullable String website,
                       @Nullable String socialLinks,
                       Group.Status status,
                       @Nullable String statusNote,
                       long createdBy,
                       LocalDateTime createdAt,
                       LocalDateTime updatedAt,
                       @Nullable Long approvedBy,
                       @Nullable LocalDateTime approvedAt) {
}
