package kyodo.portal.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

@MappedEntity("por_case_photo")
public record CasePhoto(@Id @GeneratedValue @Nullable Long id, long caseId, String fileName, String contentType, long sizeBytes,
                        byte[] content, String altText, LocalDateTime createdAt) {
}
