package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;

/** Staff publish a program's forms (申請書の様式: PDF, Word, Excel) for applicants to download. */
@Singleton
public class ProgramFormFiles {

    private final FileStore files;
    private final AuditLog audit;

    ProgramFormFiles(FileStore files, AuditLog audit) {
        this.files = files;
        this.audit = audit;
    }

    @Transactional
    public void addForm(long actorId, long programId, String fileName, byte[] bytes) {
        long id = files.store("formFile", SubsidyFile.PROGRAM, programId, fileName, bytes);
        audit.record(actorId, "sub.audit.formUploaded", "sub.audit.target.program", String.valueOf(programId), fileName + " #" + id);
    }

    @Transactional
    public void removeForm(long actorId, long programId, long fileId) {
        files.delete(SubsidyFile.PROGRAM, programId, fileId);
        audit.record(actorId, "sub.audit.formRemoved", "sub.audit.target.program", String.valueOf(programId), "#" + fileId);
    }
}
