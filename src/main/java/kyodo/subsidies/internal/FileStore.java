package kyodo.subsidies.internal;

import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FileTypes;
import kyodo.core.FormInvalidException;

import java.util.Set;

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

    /** What a program's forms may be: PDF, Word and Excel (attachments and photos: PDF, PNG, JPEG). */
    static final Set<String> FORM_TYPES = Set.of(FileTypes.PDF, FileTypes.DOCX, FileTypes.XLSX);
    static final Set<String> ATTACHMENT_TYPES = Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG);

    /** Stores a file for its owner, or throws with the reason under {@code field}. Call inside a transaction. */
    long store(String field, String ownerType, long ownerId, String fileName, byte[] bytes) {
        return store(field, ownerType, ownerId, null, fileName, bytes);
    }

    /**
     * The same with the title a list shows (a program's form). The type is read from the content by
     * {@link FileTypes} and must agree with the extension; the name is made safe by {@link FileNames}.
     */
    long store(String field, String ownerType, long ownerId, String title, String fileName, byte[] bytes) {
        String name = FileNames.safe(fileName);
        if (bytes == null || bytes.length == 0 || name.isEmpty()) {
            throw new FormInvalidException(field, "sub.error.fileMissing");
        }
        if (bytes.length > MAX_BYTES) {
            throw new FormInvalidException(new FieldErrors().add(field, "sub.error.fileTooLarge", MAX_BYTES / 1024 / 1024));
        }
        boolean form = SubsidyFile.PROGRAM.equals(ownerType);
        String detected = FileTypes.detect(bytes).filter(form ? FORM_TYPES::contains : ATTACHMENT_TYPES::contains)
                .orElseThrow(() -> new FormInvalidException(field, form ? "sub.error.fileTypeForm" : "sub.error.fileType"));
        if (!FileTypes.extensionMatches(name, detected)) {
            throw new FormInvalidException(field, "sub.error.fileNameMismatch");
        }
        if (files.countByOwnerTypeAndOwnerId(ownerType, ownerId) >= MAX_PER_OWNER) {
            throw new FormInvalidException(new FieldErrors().add(field, "sub.error.tooManyFiles", MAX_PER_OWNER));
        }
        return files.save(new SubsidyFile(null, ownerType, ownerId, title, name, detected, bytes.length, bytes,
                clock.now())).id();
    }

    /** Deletes an owner's file; false when it is not the owner's (or gone already). */
    boolean delete(String ownerType, long ownerId, long fileId) {
        return files.deleteOwned(fileId, ownerType, ownerId) > 0;
    }
}
