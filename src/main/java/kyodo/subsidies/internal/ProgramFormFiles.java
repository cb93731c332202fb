package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormText;

/**
 * Staff publish a program's forms (申請書の様式: PDF, Word, Excel) for applicants to download, each
 * with the name the program page shows (「申請書」); adding and removing one is audited.
 */
@Singleton
public class ProgramFormFiles {

    static final int MAX_TITLE = 100;
    static final String TARGET = "sub.audit.target.program";

    private final FileStore files;
    private final AuditLog audit;

    ProgramFormFiles(FileStore files, AuditLog audit) {
        this.files = files;
        this.audit = audit;
    }

    /** The title as typed: trimmed, control characters dropped; blank means "the file's name". */
    static String title(String typed) {
        return FormText.clean(typed == null ? null : typed.replaceAll("\\p{Cntrl}", " "));
    }

    @Transactional
    public void addForm(long actorId, long programId, String formTitle, String fileName, byte[] bytes) {
        String title = title(formTitle);
        if (title != null && title.length() > MAX_TITLE) {
            throw new FormInvalidException(new FieldErrors().add("formTitle", "core.error.tooLong", MAX_TITLE));
        }
        long id = files.store("formFile", SubsidyFile.PROGRAM, programId, title, fileName, bytes);
        audit.record(actorId, "sub.audit.formUploaded", TARGET, String.valueOf(programId),
                (title == null ? "" : title + " ") + "#" + id);
    }

    /** Removes one of the program's forms; a form of another program, or one already gone, is not found. */
    @Transactional
    public void removeForm(long actorId, long programId, long fileId) {
        if (!files.delete(SubsidyFile.PROGRAM, programId, fileId)) {
            throw new FormInvalidException(FieldErrors.FORM, "core.error.notFound");
        }
        audit.record(actorId, "sub.audit.formRemoved", TARGET, String.valueOf(programId), "#" + fileId);
    }
}
