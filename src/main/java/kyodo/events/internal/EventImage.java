package kyodo.events.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** An event's image: PNG or JPEG as uploaded, and the text that stands for it. */
@MappedEntity("evt_event_image")
public record EventImage(@Id Long eventId, String contentType, byte[] content, String altText, LocalDateTime updatedAt) {
}
