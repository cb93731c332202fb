package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;

/** Representatives attach documents to their application and photos to their completion report. */
@Singleton
public class Attachments {

    private final ApplicationRepository applications;
    private final SubsidyPermissions permissions;
    private final FileStore files;
    private final AuditLog audit;

    Attachments(ApplicationRepository applications, SubsidyPermissions permissions, FileStore files, AuditLog audit) {
        this.applications = applications;
        this.permissions = permissions;
        this.files = files;
        this.audit = audit;
    }

    @Transactional
    public void attach(long accountId, long applicationId, String ownerType, String fileName, byte[] bytes) {
        Application a = applications.findByIdForUpdate(applicationId).filter(x -> permissions.actsFor(accountId, x))
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        String field = SubsidyFile.REPORT.equals(ownerType) ? "photo" : "attachment";
        boolean allowed = SubsidyFile.REPORT.equals(ownerType) ? a.status() == Status.ADOPTED
                : a.status().editableByApplicant();
        if (!allowed) {
            throw new FormInvalidException(field, "sub.error.notEditable");
        }
        long id = files.store(field, ownerType, applicationId, fileName, bytes);
        audit.record(accountId, "sub.audit.fileUploaded", "sub.audit.target.application", String.valueOf(applicationId),
                ownerType + " file " + id);
    }

    @Transactional
    public void removeFile(long accountId, long applicationId, long fileId) {
        Application a = applications.findByIdForUpdate(applicationId).filter(x -> permissions.actsFor(accountId, x))
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        boolean removed = a.status().editableByApplicant() && files.delete(SubsidyFile.APPLICATION, applicationId, fileId)
                || a.status() == Status.ADOPTED && files.delete(SubsidyFile.REPORT, applicationId, fileId);
        if (removed) {
            audit.record(accountId, "sub.audit.fileRemoved", "sub.audit.target.application",
                    String.valueOf(applicationId), "file " + fileId);
        }
    }
}
