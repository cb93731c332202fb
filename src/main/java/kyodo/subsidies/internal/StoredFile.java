package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Introspected;

/** An uploaded file's description, as lists show it (the content is read only when downloaded). */
@Introspected
public record StoredFile(long id, String ownerType, long ownerId, String fileName, String contentType, long sizeBytes) {

    public String sizeLabel() {
        return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1048576.0)
                : Math.max(1, sizeBytes / 1024) + " KB";
    }
}
