package kyodo.support.internal;

import kyodo.core.NoScript;
import kyodo.core.FieldErrors;
import kyodo.core.FileTypes;
import kyodo.core.FormInvalidException;

import java.util.Set;

/**
 * Checks an uploaded file before it is stored: present, not larger than 5 MB, of an allowed type as its
 * content says ({@link FileTypes}), and named as what it is (a PDF called .png is refused).
 */
public final class Uploads {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final Set<String> DOCUMENTS = Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG, FileTypes.DOCX, FileTypes.XLSX);
    public static final Set<String> PHOTOS = Set.of(FileTypes.PNG, FileTypes.JPEG);

    /** A checked file: its cleaned name and the type read from its content. */
    public record Checked(String fileName, String contentType, byte[] content) {
    }

    private Uploads() {
    }

    public static Checked check(String field, String fileName, byte[] bytes, Set<String> allowed) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (bytes == null || bytes.length == 0 || name.isEmpty()) {
            throw new FormInvalidException(field, "sup.error.fileMissing");
        }
        if (bytes.length > MAX_BYTES) {
            throw new FormInvalidException(new FieldErrors().add(field, "sup.error.fileTooLarge", MAX_BYTES / 1024 / 1024));
        }
        String type = FileTypes.detect(bytes).filter(allowed::contains).orElse(null);
        if (type == null) {
            throw new FormInvalidException(field, allowed.equals(PHOTOS) ? "sup.error.photoType" : "sup.error.fileType");
        }
        if (!FileTypes.extensionMatches(name, type)) {
            throw new FormInvalidException(field, "sup.error.fileNameMismatch");
        }
        if (!NoScript.safe(name)) {
            throw new FormInvalidException(field, "core.error.script");
        }
        return new Checked(name.length() > 200 ? name.substring(name.length() - 200) : name, type, bytes);
    }
}
