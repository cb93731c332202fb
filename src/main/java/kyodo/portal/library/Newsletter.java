package kyodo.portal.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An issue of the center's newsletter (ニュースレター): the PDF and its summary. */
@MappedEntity("por_newsletter")
public record Newsletter(@Id @GeneratedValue @Nullable Long id, int issueNumber, String title, LocalDate publishedOn, String summary,
                         String fileName, long sizeBytes, byte[] content, long createdBy, LocalDateTime createdAt) {
}
