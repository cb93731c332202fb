package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.Viewer;
import kyodo.subsidies.internal.SubsidyPermissions.Access;

import java.util.Optional;

/** Downloads of uploaded files, as {@link SubsidyPermissions} allows; others' reads of an application's files are logged. */
@Singleton
public class FileDownloads {

    /** The decision, and the file when it is {@link Access#ALLOWED}. */
    public record Download(Access access, @Nullable SubsidyFile file) {
    }

    private final FileRepository files;
    private final ApplicationRepository applications;
    private final SubsidyPermissions permissions;
    private final AuditLog audit;

    FileDownloads(FileRepository files, ApplicationRepository applications, SubsidyPermissions permissions,
                  AuditLog audit) {
        this.files = files;
        this.applications = applications;
        this.permissions = permissions;
        this.audit = audit;
    }

    @Transactional
    public Download download(@Nullable Viewer viewer, long fileId) {
        Optional<SubsidyFile> found = files.findById(fileId);
        if (found.isEmpty()) {
            return new Download(Access.NOT_FOUND, null);
        }
        SubsidyFile f = found.get();
        Access access = permissions.file(viewer, f);
        if (access != Access.ALLOWED) {
            return new Download(access, null);
        }
        if (!SubsidyFile.PROGRAM.equals(f.ownerType()) && applications.findById(f.ownerId())
                .filter(a -> !permissions.actsFor(viewer.accountId(), a)).isPresent()) {
            audit.record(viewer.accountId(), "sub.audit.fileViewed", "sub.audit.target.application", String.valueOf(f.ownerId()),
                    f.fileName());
        }
        return new Download(Access.ALLOWED, f);
    }
}
