package kyodo.subsidies.internal;

import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FileTypes;
import kyodo.core.FormInvalidException;

/**
 * Uploaded files, kept in the database. The type is read from the content (PDF, PNG, JPEG;
 * Word and Excel forms for programs) and must agree with the file name's extension.
 */
@Singleton
public class FileStore {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_PER_OWNER = 10;

    private final FileRepository files;
    private final CityClock clock;

    FileStore(FileRepository files, CityClock clock) {
        this.files = files;
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
                SubsidyFile.PROGRAM.equals(ownerType) ? "sub.error.fileTypeForm" : "sub.error.fileType"));
        if (!SubsidyFile.PROGRAM.equals(ownerType) && detected.startsWith("application/vnd")) {
            throw new FormInvalidException(field, "sub.error.fileType");
        }
        if (!FileTypes.extensionMatches(name, detected)) {
            throw new FormInvalidException(field, "sub.error.fileNameMismatch");
        }
        if (files.countByOwnerTypeAndOwnerId(ownerType, ownerId) >= MAX_PER_OWNER) {
            throw new FormInvalidException(new FieldErrors().add(field, "sub.error.tooManyFiles", MAX_PER_OWNER));
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return files.save(new SubsidyFile(null, ownerType, ownerId, name, detected, bytes.length, bytes, clock.now()))
                .id();
    }

    /** Deletes an owner's file; false when it is not the owner's (or gone already). */
    boolean delete(String ownerType, long ownerId, long fileId) {
        return files.deleteOwned(fileId, ownerType, ownerId) > 0;
    }
}
