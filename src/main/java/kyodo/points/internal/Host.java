package kyodo.points.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A directory group registered as a host facility (受入施設・団体): its representatives record and confirm activities. */
@MappedEntity("pts_host")
public record Host(@Id long groupId, boolean active, long registeredBy, LocalDateTime registeredAt) {
}
