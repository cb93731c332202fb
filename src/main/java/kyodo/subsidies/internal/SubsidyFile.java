package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/**
 * An uploaded file with its content: a program's form (様式), an application's attachment or a
 * report's photo. Lists read {@link StoredFile} instead, without the content.
 */
@MappedEntity("sub_file")
public record SubsidyFile(@Id @GeneratedValue @Nullable Long id,
                          String ownerType,
                          long ownerId,
                          @Nullable String title,
                          String fileName,
                          String contentType,
                          long sizeBytes,
                          byte[] content,
                          LocalDateTime createdAt) {

    public static final String PROGRAM = "PROGRAM";
    public static final String APPLICATION = "APPLICATION";
    public static final String REPORT = "REPORT";

    public StoredFile description() {
        return new StoredFile(id, ownerType, ownerId, title, fileName, contentType, sizeBytes);
    }
}
