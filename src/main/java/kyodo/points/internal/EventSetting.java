package kyodo.points.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** Whether attending an event earns points: by the rules, or a fixed number per attended session. */
@MappedEntity("pts_event_setting")
public record EventSetting(@Id long eventId, boolean earns, @Nullable Integer fixedPoints, long updatedBy,
                           LocalDateTime updatedAt) {
}
