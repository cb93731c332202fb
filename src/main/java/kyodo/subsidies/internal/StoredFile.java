package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import kyodo.core.FileTypes;

/** An uploaded file's description, as lists show it (the content is read only when downloaded). */
@Introspected
public record StoredFile(long id, String ownerType, long ownerId, @Nullable String title, String fileName,
                         String contentType, long sizeBytes) {

    public String sizeLabel() {
        return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1048576.0)
                : Math.max(1, sizeBytes / 1024) + " KB";
    }

    /** The name a program page shows: the title staff gave, else the file name without its extension. */
    public String displayName() {
        if (title != null) {
            return title;
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The message key of the file's kind (sub.fileType.word: 「Word」). */
    public String typeKey() {
        return "sub.fileType." + switch (contentType) {
            case FileTypes.PDF -> "pdf";
            case FileTypes.DOCX -> "word";
            case FileTypes.XLSX -> "excel";
            case FileTypes.PNG -> "png";
            case FileTypes.JPEG -> "jpeg";
            default -> "other";
        };
    }
}
