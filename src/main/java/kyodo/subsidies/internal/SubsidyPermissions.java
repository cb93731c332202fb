package kyodo.subsidies.internal;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import kyodo.core.PageAccess;
import kyodo.core.Role;
import kyodo.core.Viewer;
import kyodo.directory.DirectoryApi;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see what in the subsidies module: the role-gated areas, and who may read one
 * application, its review page and its files. Call inside the caller's transaction.
 */
@Singleton
public class SubsidyPermissions implements PageAccess {

    /** Staff run the programs, windows, review sessions and the ledger. */
    public static final Set<Role> PROGRAM_STAFF = EnumSet.of(Role.STAFF, Role.ADMIN);
    /** Members of the promotion committee score at the review sessions they are assigned to. */
    public static final Set<Role> REVIEWERS = EnumSet.of(Role.REVIEWER);
    /**
     * Applications that staff have screened (受理) and that reviewers may therefore read: never a
     * draft, a submission still being checked, one returned for corrections, or one withdrawn.
     */
    static final Set<Status> SCREENED = EnumSet.of(Status.ACCEPTED, Status.ADOPTED, Status.NOT_ADOPTED,
            Status.REPORTED, Status.CONFIRMED);

    /** A decision about one object: shown, refused (403), or not shown to exist (404). */
    public enum Access {
        ALLOWED, FORBIDDEN, NOT_FOUND
    }

    private final ApplicationRepository applications;
    private final WindowReviewerRepository windowReviewers;
    private final BeanProvider<DirectoryApi> directory;

    SubsidyPermissions(ApplicationRepository applications, WindowReviewerRepository windowReviewers,
                       BeanProvider<DirectoryApi> directory) {
        this.applications = applications;
        this.windowReviewers = windowReviewers;
        this.directory = directory;
    }

    @Override
    public List<Area> areas() {
        return List.of(new Area("/admin/subsidies", PROGRAM_STAFF), new Area("/review/subsidies", REVIEWERS));
    }

    public boolean isStaff(@Nullable Viewer viewer) {
        return viewer != null && viewer.hasAny(PROGRAM_STAFF);
    }

    /** The applicant, or a representative of the applying group, acts for the application. */
    boolean actsFor(long accountId, Application a) {
        return a.applicantId() == accountId || directory.get().isRepresentative(accountId, a.groupId());
    }

    /** A reviewer sitting at the application's review session, once staff have screened it. */
    boolean reviews(long reviewerId, Application a) {
        return assigned(reviewerId, a) && SCREENED.contains(a.status());
    }

    private boolean assigned(long reviewerId, Application a) {
        return windowReviewers.findReviewerIds(a.windowId()).contains(reviewerId);
    }

    /** The review page of an application (under the reviewers' area, so the viewer is a reviewer). */
    public Access reviewPage(Viewer viewer, long applicationId) {
        Optional<Application> a = applications.findById(applicationId);
        if (a.isEmpty()) {
            return Access.NOT_FOUND;
        }
        return viewer.hasAny(REVIEWERS) && reviews(viewer.accountId(), a.get()) ? Access.ALLOWED : Access.FORBIDDEN;
    }

    /**
     * A file: a program's forms are public; an application's attachments and report photos are
     * read by those who act for it, by staff, and by its reviewers once it is screened (a reviewer
     * of the session is refused before). Everyone else is not told the file exists.
     */
    Access file(@Nullable Viewer viewer, SubsidyFile file) {
        if (SubsidyFile.PROGRAM.equals(file.ownerType())) {
            return Access.ALLOWED;
        }
        Application a = viewer == null ? null : applications.findById(file.ownerId()).orElse(null);
        if (a == null) {
            return Access.NOT_FOUND;
        }
        if (actsFor(viewer.accountId(), a) || isStaff(viewer)) {
            return Access.ALLOWED;
        }
        if (viewer.hasAny(REVIEWERS) && assigned(viewer.accountId(), a)) {
            return SCREENED.contains(a.status()) ? Access.ALLOWED : Access.FORBIDDEN;
        }
        return Access.NOT_FOUND;
    }
}
