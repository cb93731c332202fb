package kyodo.subsidies.internal;

import kyodo.core.CityClock;
import jakarta.inject.Singleton;
import kyodo.core.FieldErrors;
import kyodo.core.FileTypes;
import kyodo.core.FormInvalidException;

import java.util.Optional;

/**
 * Uploaded files, kept in the database. The type is read from the content (PDF, PNG, JPEG;
 * Word and Excel forms for programs) and must agree with the file name's extension.
 */
@Singleton
public class Files {

    public static final String PROGRAM = "PROGRAM";
    public static final String APPLICATION = "APPLICATION";
    public static final String REPORT = "REPORT";
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_PER_OWNER = 10;

    public record Content(StoredFile file, byte[] bytes) {
    }

    private final Sql sql;
    private final CityClock clock;

    Files(Sql sql, CityClock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Stores a file for its owner, or throws with the reason under {@code field}. Call inside a transaction. */
    long store(String field, String ownerType, long ownerId, String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
        if (bytes == null || bytes.length == 0 || name.isEmpty()) {
            throw new FormInvalidException(field, "sub.error.fileMissing");
        }
        if (bytes.length > MAX_BYTES) {
            throw new FormInvalidException(new FieldErrors().add(field, "sub.error.fileTooLarge", MAX_BYTES / 1024 / 1024));
        }
        String detected = FileTypes.detect(bytes).orElseThrow(() -> new FormInvalidException(field,
                PROGRAM.equals(ownerType) ? "sub.error.fileTypeForm" : "sub.error.fileType"));
        if (!PROGRAM.equals(ownerType) && detected.startsWith("application/vnd")) {
            throw new FormInvalidException(field, "sub.error.fileType");
        }
        if (!FileTypes.extensionMatches(name, detected)) {
            throw new FormInvalidException(field, "sub.error.fileNameMismatch");
        }
        if (sql.number("SELECT COUNT(*) FROM sub_file WHERE owner_type = ? AND owner_id = ?", ownerType, ownerId)
                >= MAX_PER_OWNER) {
            throw new FormInvalidException(new FieldErrors().add(field, "sub.error.tooManyFiles", MAX_PER_OWNER));
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return sql.insert("INSERT INTO sub_file (owner_type, owner_id, file_name, content_type, size_bytes, content, "
                + "created_at) VALUES (?,?,?,?,?,?,?)", ownerType, ownerId, name, detected, bytes.length, bytes, clock.now());
    }

    Optional<Content> read(long id) {
        return sql.one("SELECT * FROM sub_file WHERE id = ?", rs -> new Content(SubsidyStore.file(rs),
                rs.getBytes("content")), id);
    }

    void delete(String ownerType, long ownerId, long fileId) {
        sql.update("DELETE FROM sub_file WHERE id = ? AND owner_type = ? AND owner_id = ?", fileId, ownerType, ownerId);
    }
}
