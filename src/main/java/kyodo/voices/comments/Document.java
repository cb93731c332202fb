package kyodo.voices.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A PDF of a draft (the plan, its outline). */
@MappedEntity("voi_pc_document")
public record Document(@Id @GeneratedValue @Nullable Long id, long draftId, String fileName, long sizeBytes, byte[] content,
                       long uploadedBy, LocalDateTime uploadedAt) {
}
