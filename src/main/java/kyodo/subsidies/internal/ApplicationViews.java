package kyodo.subsidies.internal;

import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads applications with what their pages show beside them (program, window, group, budget, files). */
@Singleton
public class ApplicationViews {

    /** The staff page of an application: the applicant's contact and the budget still free. */
    public record StaffView(AppView view, String applicantName, String applicantEmail, long remaining) {
    }

    private final ProgramRepository programs;
    private final WindowRepository windows;
    private final CategoryRepository categories;
    private final ApplicationRepository applications;
    private final BudgetLineRepository lines;
    private final FileRepository files;
    private final BeanProvider<DirectoryApi> directory;
    private final AccountsApi accounts;
    private final AuditLog audit;
    private final SubsidyPermissions permissions;

    ApplicationViews(ProgramRepository programs, WindowRepository windows, CategoryRepository categories,
                     ApplicationRepository applications, BudgetLineRepository lines, FileRepository files,
                     BeanProvider<DirectoryApi> directory, AccountsApi accounts, AuditLog audit,
                     SubsidyPermissions permissions) {
        this.programs = programs;
        this.windows = windows;
        this.categories = categories;
        this.applications = applications;
        this.lines = lines;
        this.files = files;
        this.directory = directory;
        this.accounts = accounts;
        this.audit = audit;
        this.permissions = permissions;
    }

    /** The approved groups an account represents: the groups it may apply for. */
    @Transactional(readOnly = true)
    public List<GroupSummary> groupsOf(long accountId) {
        return directory.get().groupsRepresentedBy(accountId);
    }

    /** The applications an account made or may act for, newest first. */
    @Transactional(readOnly = true)
    public List<AppView> mine(long accountId) {
        Set<Long> groups = directory.get().groupsRepresentedBy(accountId).stream().map(GroupSummary::id)
                .collect(Collectors.toSet());
        // IN () is not SQL: with no group, ask for one that cannot exist.
        return views(applications.findOfApplicant(accountId, groups.isEmpty() ? Set.of(-1L) : groups), false);
    }

    /** The application if this account may act for its group. */
    @Transactional(readOnly = true)
    public Optional<AppView> forApplicant(long accountId, long applicationId) {
        return applications.findById(applicationId).filter(a -> permissions.actsFor(accountId, a)).map(a -> view(a, true));
    }

    /** Any application, for staff. */
    @Transactional(readOnly = true)
    public Optional<AppView> forStaff(long applicationId) {
        return applications.findById(applicationId).map(a -> view(a, true));
    }

    /** Staff see the applicant's name and e-mail to contact them: each view is logged. */
    @Transactional
    public Optional<StaffView> staffPage(long staffId, long applicationId) {
        return forStaff(applicationId).map(v -> {
            AccountSummary applicant = accounts.find(v.app().applicantId()).orElse(null);
            audit.record(staffId, AuditLog.PERSONAL_DATA_VIEWED, "sub.audit.target.application", String.valueOf(v.app().id()),
                    "applicant contact");
            return new StaffView(v, applicant == null ? "—" : applicant.displayName(),
                    applicant == null ? "—" : applicant.email(),
                    v.program().budget() - applications.committed(v.program().id()));
        });
    }

    /** Views of several applications with one read of their groups; {@code details} adds budget lines and files. */
    List<AppView> views(List<Application> apps, boolean details) {
        Map<Long, GroupSummary> groups = apps.isEmpty() ? Map.of() : directory.get().findGroups(apps.stream()
                        .map(Application::groupId).distinct().toList()).stream()
                .collect(Collectors.toMap(GroupSummary::id, Function.identity(), (a, b) -> a));
        List<AppView> out = new ArrayList<>();
        for (Application a : apps) {
            out.add(view(a, groups.get(a.groupId()), details));
        }
        return out;
    }

    AppView view(Application a, boolean details) {
        return view(a, directory.get().findGroup(a.groupId()).orElse(null), details);
    }

    private AppView view(Application a, GroupSummary group, boolean details) {
        Program p = programs.findById(a.programId()).orElseThrow();
        Window w = windows.findById(a.windowId()).orElseThrow();
        Category c = categories.findById(a.categoryId()).orElseThrow();
        return new AppView(a, p, w, c, group,
                details ? lines.findOf(a.id(), BudgetLine.PLAN) : List.of(),
                details ? lines.findOf(a.id(), BudgetLine.ACTUAL) : List.of(),
                details ? files.findDescriptions(SubsidyFile.APPLICATION, a.id()) : List.of(),
                details ? files.findDescriptions(SubsidyFile.REPORT, a.id()) : List.of());
    }
}
