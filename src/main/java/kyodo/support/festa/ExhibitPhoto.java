package kyodo.support.festa;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A photo of an exhibit (PNG or JPEG, checked by content) with its text alternative. */
@MappedEntity("sup_festa_photo")
public record ExhibitPhoto(@Id @GeneratedValue @Nullable Long id, long exhibitId, String fileName, String contentType,
                           long sizeBytes, byte[] content, String altText, LocalDateTime createdAt) {
}
