package kyodo.core.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** One domain event waiting for (or delivered to) one listener. */
@MappedEntity("core_event_publication")
record EventPublication(@Id @GeneratedValue Long id, String listenerId, String eventType, String payload,
                        LocalDateTime publishedAt, @Nullable LocalDateTime completedAt, int attempts,
                        LocalDateTime nextAttemptAt, @Nullable String lastError) {
}
