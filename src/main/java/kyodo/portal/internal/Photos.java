package kyodo.portal.internal;

import kyodo.core.NoScript;
import kyodo.core.FieldErrors;
import kyodo.core.FileTypes;
import kyodo.core.FormInvalidException;

import java.util.Set;

/** Checks an uploaded file (a case study's photo, a newsletter's PDF): present, at most 5 MB, of its type by content and name. */
public final class Photos {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final Set<String> IMAGES = Set.of(FileTypes.PNG, FileTypes.JPEG);
    public static final Set<String> PDF = Set.of(FileTypes.PDF);

    public record Checked(String fileName, String contentType, byte[] content) {
    }

    private Photos() {
    }

    public static Checked check(String field, String fileName, byte[] bytes, Set<String> allowed) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (bytes == null || bytes.length == 0 || name.isEmpty()) {
            throw new FormInvalidException(field, "por.error.fileMissing");
        }
        if (bytes.length > MAX_BYTES) {
            throw new FormInvalidException(new FieldErrors().add(field, "por.error.fileTooLarge", MAX_BYTES / 1024 / 1024));
        }
        String type = FileTypes.detect(bytes).filter(allowed::contains).orElse(null);
        if (type == null) {
            throw new FormInvalidException(field, allowed.equals(PDF) ? "por.error.pdfType" : "por.error.photoType");
        }
        if (!FileTypes.extensionMatches(name, type)) {
            throw new FormInvalidException(field, "por.error.fileNameMismatch");
        }
        if (!NoScript.safe(name)) {
            throw new FormInvalidException(field, "core.error.script");
        }
        return new Checked(name.length() > 200 ? name.substring(name.length() - 200) : name, type, bytes);
    }
}
