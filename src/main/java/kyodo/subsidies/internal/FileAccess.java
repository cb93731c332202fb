package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.Roles;

import java.util.Collection;
import java.util.Optional;

/** Who may download which file; downloads of an application's files by others are logged. */
@Singleton
public class FileAccess {

    private final Files files;
    private final ApplicationRepository applications;
    private final WindowReviewerRepository windowReviewers;
    private final ApplicationViews views;
    private final AuditLog audit;

    FileAccess(Files files, ApplicationRepository applications, WindowReviewerRepository windowReviewers,
               ApplicationViews views, AuditLog audit) {
        this.files = files;
        this.applications = applications;
        this.windowReviewers = windowReviewers;
        this.views = views;
        this.audit = audit;
    }

    @Transactional
    public Optional<SubsidyFile> readable(long fileId, Long accountId, Collection<String> roles) {
        Optional<SubsidyFile> content = files.read(fileId);
        if (content.isEmpty()) {
            return content;
        }
        SubsidyFile f = content.get();
        if (Files.PROGRAM.equals(f.ownerType())) {
            return content;
        }
        if (accountId == null) {
            return Optional.empty();
        }
        Application a = applications.findById(f.ownerId()).orElse(null);
        if (a == null) {
            return Optional.empty();
        }
        if (views.mayActFor(accountId, a)) {
            return content;
        }
        boolean staff = roles.contains(Roles.STAFF) || roles.contains(Roles.ADMIN);
        boolean reviewer = roles.contains(Roles.REVIEWER) && windowReviewers.findReviewerIds(a.windowId()).contains(accountId);
        if (staff || reviewer) {
            audit.record(accountId, "SUBSIDY_FILE_VIEWED", "sub_application", String.valueOf(a.id()), f.fileName());
            return content;
        }
        return Optional.empty();
    }
}
