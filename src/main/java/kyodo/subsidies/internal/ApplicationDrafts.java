package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.directory.GroupSummary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Group representatives draft their application (事業計画書・収支予算書) and submit it within the window. */
@Singleton
public class ApplicationDrafts {

    private final ProgramRepository programs;
    private final WindowRepository windows;
    private final CategoryRepository categories;
    private final ApplicationRepository applications;
    private final BudgetLines budgetLines;
    private final ApplicationViews views;
    private final SubsidyPermissions permissions;
    private final AuditLog audit;
    private final SubsidyMails mails;
    private final CityClock clock;
    private final FormValidator validator;

    ApplicationDrafts(ProgramRepository programs, WindowRepository windows, CategoryRepository categories,
                      ApplicationRepository applications, BudgetLines budgetLines, ApplicationViews views,
                      SubsidyPermissions permissions, AuditLog audit, SubsidyMails mails, CityClock clock,
                      FormValidator validator) {
        this.programs = programs;
        this.windows = windows;
        this.categories = categories;
        this.applications = applications;
        this.budgetLines = budgetLines;
        this.views = views;
        this.permissions = permissions;
        this.audit = audit;
        this.mails = mails;
        this.clock = clock;
        this.validator = validator;
    }

    /**
     * Saves a new draft ({@code applicationId} null) or changes one; with {@code submit} also
     * submits it. Everything is checked inside the transaction; on any error nothing is written.
     */
    @Transactional
    public long save(long accountId, Long applicationId, ApplicationForm in) {
        boolean submit = in.submitting();
        LocalDateTime now = clock.now();
        FieldErrors errors = validator.validate(in);
        Application existing = null;
        if (applicationId != null) {
            existing = applications.findByIdForUpdate(applicationId).filter(a -> permissions.actsFor(accountId, a))
                    .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
            if (!existing.status().editableByApplicant()) {
                throw new FormInvalidException(FieldErrors.FORM, submit && existing.status() != Status.DRAFT
                        ? "sub.error.alreadySubmitted" : "sub.error.notEditable");
            }
            if (submit && existing.status() == Status.SUBMITTED) {
                throw new FormInvalidException(FieldErrors.FORM, "sub.error.alreadySubmitted");
            }
        }
        // The window, the category and the group of a saved application stay as they were.
        Window window = Optional.ofNullable(Inputs.id(in.windowId())).flatMap(windows::findById).orElse(null);
        if (existing != null) {
            window = windows.findById(existing.windowId()).orElseThrow();
        }
        if (window == null) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.noWindow");
        }
        Program program = programs.findById(window.programId()).orElseThrow();
        // Corrections asked for by staff may be made after the window has closed.
        boolean correcting = existing != null && existing.status() == Status.RETURNED;
        if (!window.isOpen(now) && !correcting) {
            throw new FormInvalidException(FieldErrors.FORM, window.isClosed(now) ? "sub.error.windowClosed"
                    : "sub.error.windowNotOpen");
        }
        long groupId;
        if (existing != null) {
            groupId = existing.groupId();
        } else {
            GroupSummary group = Optional.ofNullable(Inputs.id(in.groupId())).flatMap(id -> views.groupsOf(accountId).stream()
                    .filter(g -> g.id() == id).findFirst()).orElse(null);
            if (group == null) {
                if (!errors.has("groupId")) {
                    errors.add("groupId", "sub.error.chooseGroup");
                }
                groupId = 0;
            } else {
                groupId = group.id();
                if (!group.approved()) {
                    errors.add("groupId", "sub.error.groupNotApproved");
                } else if (!program.eligible(group.type())) {
                    errors.add("groupId", "sub.error.groupNotEligible");
                } else if (applications.countActiveOfGroup(window.id(), groupId) > 0) {
                    errors.add("groupId", "sub.error.groupAlreadyApplied");
                }
            }
        }
        Category category = Optional.ofNullable(Inputs.id(in.categoryId())).flatMap(categories::findById)
                .filter(c -> c.programId() == program.id()).orElse(null);
        if (category == null && !errors.has("categoryId")) {
            errors.add("categoryId", "sub.error.chooseCategory");
        }
        if (submit) {
            // What a submission needs beyond the title (a draft may be saved half written).
            Inputs.require(errors, "purpose", in.purpose());
            Inputs.require(errors, "content", in.content());
            Inputs.require(errors, "schedule", in.schedule());
            Inputs.require(errors, "place", in.place());
            Inputs.require(errors, "expectedEffect", in.expectedEffect());
            Inputs.require(errors, "projectStart", in.projectStart());
            Inputs.require(errors, "projectEnd", in.projectEnd());
            Inputs.require(errors, "requestedAmount", in.requestedAmount());
        }
        LocalDate start = Inputs.date(errors, "projectStart", in.projectStart());
        LocalDate end = Inputs.date(errors, "projectEnd", in.projectEnd());
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("projectEnd", "sub.error.endBeforeStart");
        }
        if (end != null && !program.year().contains(end)) {
            errors.add("projectEnd", "sub.error.endOutsideYear", program.year().label());
        }
        Long requested = errors.has("requestedAmount") ? null : Inputs.yen(in.requestedAmount());
        List<BudgetLine> lines = new ArrayList<>();
        BudgetLines.parse(errors, "income", in.incomeLines(), BudgetLine.INCOME, lines);
        BudgetLines.parse(errors, "expense", in.expenseLines(), BudgetLine.EXPENSE, lines);
        BudgetLines.check(errors, category, requested, lines, submit);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        long amount = requested == null ? 0 : requested;
        long id;
        if (existing == null) {
            id = applications.save(Application.draft(program.id(), window.id(), category.id(), groupId, accountId,
                    in.plan(start, end), amount, now)).id();
            audit.record(accountId, "sub.audit.applicationDrafted", "sub.audit.target.application", String.valueOf(id), in.title());
        } else {
            id = existing.id();
            Application.PlanText plan = in.plan(start, end);
            applications.updatePlan(id, category.id(), plan.title(), plan.purpose(), plan.content(), plan.schedule(),
                    plan.place(), plan.expectedEffect(), start, end, amount, now);
        }
        budgetLines.write(id, BudgetLine.PLAN, lines);
        if (submit) {
            // Conditional update: a second submission (two tabs, a double click) changes nothing.
            int changed = applications.submit(id, now);
            if (changed == 0) {
                throw new FormInvalidException(FieldErrors.FORM, "sub.error.alreadySubmitted");
            }
            audit.record(accountId, "sub.audit.applicationSubmitted", "sub.audit.target.application", String.valueOf(id), in.title());
            mails.submitted(program, id, in.title());
        }
        return id;
    }
}
