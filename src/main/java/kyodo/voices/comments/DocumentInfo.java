package kyodo.voices.comments;

import io.micronaut.core.annotation.Introspected;

/** A document as lists show it (the content is read only when downloaded). */
@Introspected
public record DocumentInfo(long id, long draftId, String fileName, long sizeBytes) {

    public String sizeLabel() {
        return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1048576.0) : Math.max(1, sizeBytes / 1024) + " KB";
    }
}
