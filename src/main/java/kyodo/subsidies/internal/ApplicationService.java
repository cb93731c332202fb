package kyodo.subsidies.internal;

import kyodo.core.CityClock;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Notifier;
import kyodo.core.Role;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;
import kyodo.subsidies.SubsidyWithdrawn;
import kyodo.subsidies.internal.ApplicationInput.Line;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Group representatives draft, submit, withdraw and report on their applications. */
@Singleton
public class ApplicationService {

    private final SubsidyStore store;
    private final Files files;
    private final BeanProvider<DirectoryApi> directory;
    private final AuditLog audit;
    private final Notifier notifier;
    private final AccountsApi accounts;
    private final CityClock clock;
    private final ApplicationEventPublisher<SubsidyWithdrawn> withdrawn;

    ApplicationService(SubsidyStore store, Files files, BeanProvider<DirectoryApi> directory, AuditLog audit,
                       Notifier notifier, AccountsApi accounts, CityClock clock,
                       ApplicationEventPublisher<SubsidyWithdrawn> withdrawn) {
        this.store = store;
        this.files = files;
        this.directory = directory;
        this.audit = audit;
        this.notifier = notifier;
        this.accounts = accounts;
        this.clock = clock;
        this.withdrawn = withdrawn;
    }

    DirectoryApi directory() {
        return directory.get();
    }

    // ---- reading -------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<GroupSummary> groupsOf(long accountId) {
        return directory().groupsRepresentedBy(accountId);
    }

    @Transactional(readOnly = true)
    public List<AppView> mine(long accountId) {
        Set<Long> groups = directory().groupsRepresentedBy(accountId).stream().map(GroupSummary::id)
                .collect(Collectors.toSet());
        // IN () is not SQL: with no group, ask for one that cannot exist.
        List<Application> apps = store.applications.findOfApplicant(accountId, groups.isEmpty() ? Set.of(-1L) : groups);
        return views(apps, false);
    }

    /** The application if this account may act for its group. */
    @Transactional(readOnly = true)
    public Optional<AppView> forApplicant(long accountId, long applicationId) {
        return store.application(applicationId).filter(a -> mayActFor(accountId, a)).map(a -> view(a, true));
    }

    @Transactional(readOnly = true)
    public Optional<AppView> any(long applicationId) {
        return store.application(applicationId).map(a -> view(a, true));
    }

    boolean mayActFor(long accountId, Application a) {
        return a.applicantId() == accountId || directory().isRepresentative(accountId, a.groupId());
    }

    List<AppView> views(List<Application> apps, boolean details) {
        Map<Long, GroupSummary> groups = apps.isEmpty() ? Map.of() : directory().findGroups(apps.stream()
                .map(Application::groupId).distinct().toList()).stream()
                .collect(Collectors.toMap(GroupSummary::id, Function.identity(), (a, b) -> a));
        List<AppView> out = new ArrayList<>();
        for (Application a : apps) {
            out.add(view(a, groups.get(a.groupId()), details));
        }
        return out;
    }

    AppView view(Application a, boolean details) {
        return view(a, directory().findGroup(a.groupId()).orElse(null), details);
    }

    private AppView view(Application a, GroupSummary group, boolean details) {
        Program p = store.program(a.programId()).orElseThrow();
        Window w = store.window(a.windowId()).orElseThrow();
        Category c = store.category(a.categoryId()).orElseThrow();
        return new AppView(a, p, w, c, group,
                details ? store.lines(a.id(), BudgetLine.PLAN) : List.of(),
                details ? store.lines(a.id(), BudgetLine.ACTUAL) : List.of(),
                details ? store.files(Files.APPLICATION, a.id()) : List.of(),
                details ? store.files(Files.REPORT, a.id()) : List.of());
    }

    // ---- drafting and submitting ---------------------------------------------------------

    /**
     * Saves a new draft ({@code applicationId} null) or changes one; with {@code submit} also
     * submits it. Everything is checked inside the transaction; on any error nothing is written.
     */
    @Transactional
    public long save(long accountId, Long applicationId, ApplicationInput in, boolean submit) {
        LocalDateTime now = clock.now();
        FieldErrors errors = new FieldErrors();
        Application existing = null;
        if (applicationId != null) {
            existing = store.applicationForUpdate(applicationId).filter(a -> mayActFor(accountId, a))
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
        Window window = parseId(in.windowId()).flatMap(store::window).orElse(null);
        if (existing != null) {
            window = store.window(existing.windowId()).orElseThrow();
        }
        if (window == null) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.noWindow");
        }
        Program program = store.program(window.programId()).orElseThrow();
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
            GroupSummary group = parseId(in.groupId()).flatMap(id -> directory().groupsRepresentedBy(accountId).stream()
                    .filter(g -> g.id() == id).findFirst()).orElse(null);
            if (group == null) {
                errors.add("groupId", "sub.error.chooseGroup");
                groupId = 0;
            } else {
                groupId = group.id();
                if (!group.approved()) {
                    errors.add("groupId", "sub.error.groupNotApproved");
                } else if (!program.eligible(group.type())) {
                    errors.add("groupId", "sub.error.groupNotEligible");
                } else if (store.applications.countActiveOfGroup(window.id(), groupId) > 0) {
                    errors.add("groupId", "sub.error.groupAlreadyApplied");
                }
            }
        }
        Category category = parseId(in.categoryId()).flatMap(store::category)
                .filter(c -> c.programId() == program.id()).orElse(null);
        if (category == null) {
            errors.add("categoryId", "sub.error.chooseCategory");
        }
        String title = Inputs.text(errors, "title", in.title(), true, 200);
        String purpose = Inputs.text(errors, "purpose", in.purpose(), submit, 4000);
        String content = Inputs.text(errors, "content", in.content(), submit, 4000);
        String schedule = Inputs.text(errors, "schedule", in.schedule(), submit, 4000);
        String place = Inputs.text(errors, "place", in.place(), submit, 200);
        String effect = Inputs.text(errors, "expectedEffect", in.expectedEffect(), submit, 4000);
        LocalDate start = Inputs.date(errors, "projectStart", in.projectStart(), submit);
        LocalDate end = Inputs.date(errors, "projectEnd", in.projectEnd(), submit);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("projectEnd", "sub.error.endBeforeStart");
        }
        if (end != null && !program.year().contains(end)) {
            errors.add("projectEnd", "sub.error.endOutsideYear", program.year().label());
        }
        Long requested = Inputs.yen(errors, "requestedAmount", in.requestedAmount(), submit);
        List<BudgetLine> lines = new ArrayList<>();
        parseLines(errors, "income", in.income(), BudgetLine.INCOME, lines);
        parseLines(errors, "expense", in.expenses(), BudgetLine.EXPENSE, lines);
        checkAmounts(errors, category, requested, lines, submit);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        long amount = requested == null ? 0 : requested;
        long id;
        if (existing == null) {
            id = store.applications.save(Application.draft(program.id(), window.id(), category.id(), groupId, accountId,
                    new Application.PlanText(title, purpose, content, schedule, place, effect, start, end), amount, now))
                    .id();
            audit.record(accountId, "SUBSIDY_APPLICATION_DRAFTED", "sub_application", String.valueOf(id), title);
        } else {
            id = existing.id();
            store.applications.updatePlan(id, category.id(), title, purpose, content, schedule, place, effect, start,
                    end, amount, now);
        }
        writeLines(id, BudgetLine.PLAN, lines);
        if (submit) {
            // Conditional update: a second submission (two tabs, a double click) changes nothing.
            int changed = store.applications.submit(id, now);
            if (changed == 0) {
                throw new FormInvalidException(FieldErrors.FORM, "sub.error.alreadySubmitted");
            }
            audit.record(accountId, "SUBSIDY_APPLICATION_SUBMITTED", "sub_application", String.valueOf(id), title);
            for (var staff : accounts.withRole(Role.STAFF)) {
                notifier.sendToAccount(staff.id(), "【補助金】申請が提出されました: " + title,
                        "市民活動支援補助金の申請が提出されました。書類を確認してください。\n\n事業名: " + title
                                + "\n/admin/subsidies/applications/" + id);
            }
        }
        return id;
    }

    private static Optional<Long> parseId(String raw) {
        String t = Inputs.clean(raw);
        return t.matches("\\d{1,18}") ? Optional.of(Long.parseLong(t)) : Optional.empty();
    }

    static void parseLines(FieldErrors errors, String prefix, List<Line> rows, String kind, List<BudgetLine> out) {
        List<String> categories = BudgetLine.INCOME.equals(kind) ? ApplicationInput.INCOME_CATEGORIES
                : ApplicationInput.EXPENSE_CATEGORIES;
        for (Line row : rows) {
            if (row.blank()) {
                continue;
            }
            String itemField = prefix + "Item" + row.index();
            String item = Inputs.text(errors, itemField, row.item(), true, 200);
            Long amount = Inputs.yen(errors, prefix + "Amount" + row.index(), row.amount(), true);
            String category = categories.contains(row.category()) ? row.category() : "その他";
            out.add(new BudgetLine(null, 0, "", kind, row.index(), category, item, amount == null ? 0 : amount,
                    BudgetLine.EXPENSE.equals(kind) && row.eligible()));
        }
    }

    /** The cap, the rate of the eligible expenses and (on submission) the balance of the budget. */
    static void checkAmounts(FieldErrors errors, Category category, Long requested, List<BudgetLine> lines,
                             boolean submit) {
        long income = lines.stream().filter(BudgetLine::income).mapToLong(BudgetLine::amount).sum();
        long expenses = lines.stream().filter(l -> !l.income()).mapToLong(BudgetLine::amount).sum();
        long eligible = lines.stream().filter(l -> !l.income() && l.eligible()).mapToLong(BudgetLine::amount).sum();
        if (submit && lines.stream().noneMatch(l -> !l.income())) {
            errors.add("budgetLines", "sub.error.noExpenses");
        }
        if (category == null || requested == null || errors.has("budgetLines")) {
            return;
        }
        if (requested > category.maxAmount()) {
            errors.add("requestedAmount", "sub.error.overCap", String.format("%,d", category.maxAmount()));
        } else if (requested > category.rateLimit(eligible)) {
            errors.add("requestedAmount", "sub.error.overRate", String.format("%,d", category.rateLimit(eligible)));
        }
        if (submit && income + requested != expenses) {
            errors.add("budgetLines", "sub.error.totals", String.format("%,d", expenses - income - requested));
        }
    }

    void writeLines(long applicationId, String stage, List<BudgetLine> lines) {
        store.lines.deleteOf(applicationId, stage);
        store.lines.saveAll(lines.stream().map(l -> l.of(applicationId, stage)).toList());
    }

    // ---- attachments ---------------------------------------------------------------------

    @Transactional
    public void attach(long accountId, long applicationId, String ownerType, String fileName, byte[] bytes) {
        Application a = store.applicationForUpdate(applicationId).filter(x -> mayActFor(accountId, x))
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        String field = Files.REPORT.equals(ownerType) ? "photo" : "attachment";
        boolean allowed = Files.REPORT.equals(ownerType) ? a.status() == Status.ADOPTED
                : a.status().editableByApplicant();
        if (!allowed) {
            throw new FormInvalidException(field, "sub.error.notEditable");
        }
        long id = files.store(field, ownerType, applicationId, fileName, bytes);
        audit.record(accountId, "SUBSIDY_FILE_UPLOADED", "sub_application", String.valueOf(applicationId),
                ownerType + " file " + id);
    }

    @Transactional
    public void removeFile(long accountId, long applicationId, long fileId) {
        Application a = store.applicationForUpdate(applicationId).filter(x -> mayActFor(accountId, x))
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (a.status().editableByApplicant()) {
            files.delete(Files.APPLICATION, applicationId, fileId);
        }
        if (a.status() == Status.ADOPTED) {
            files.delete(Files.REPORT, applicationId, fileId);
        }
    }

    // ---- withdrawing ---------------------------------------------------------------------

    /** 取下げ, or 事業中止 after an award: the award goes back to the program's budget. */
    @Transactional
    public void withdraw(long accountId, long applicationId, String rawReason) {
        FieldErrors errors = new FieldErrors();
        String reason = Inputs.text(errors, "reason", rawReason, true, 1000);
        Application a = store.applicationForUpdate(applicationId).filter(x -> mayActFor(accountId, x))
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (a.status() == Status.WITHDRAWN || a.status() == Status.NOT_ADOPTED || a.status() == Status.CONFIRMED) {
            errors.add(FieldErrors.FORM, "sub.error.cannotWithdraw");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        // Lock the program as awards do, so the ledger never sees half a withdrawal.
        store.programs.findByIdForUpdate(a.programId());
        long released = a.status().awarded() && a.awardedAmount() != null ? a.awardedAmount() : 0;
        LocalDateTime now = clock.now();
        if (store.applications.withdraw(a.id(), reason, a.status().awarded() ? released : null, now) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.cannotWithdraw");
        }
        audit.record(accountId, "SUBSIDY_APPLICATION_WITHDRAWN", "sub_application", String.valueOf(a.id()),
                "released=" + released);
        if (a.status() != Status.DRAFT) {
            for (var staff : accounts.withRole(Role.STAFF)) {
                notifier.sendToAccount(staff.id(), "【補助金】申請が取り下げられました: " + a.title(),
                        "事業名: " + a.title() + "\n理由: " + reason
                                + (released > 0 ? "\n交付決定額 " + String.format("%,d", released) + "円を予算に戻しました。" : ""));
            }
        }
        withdrawn.publishEvent(new SubsidyWithdrawn(a.id(), a.programId(), a.groupId(), released, reason));
    }

    // ---- completion report ---------------------------------------------------------------

    /** 実績報告: what was done and the actual income and expenses. */
    @Transactional
    public void report(long accountId, long applicationId, String rawText, List<Line> income, List<Line> expenses) {
        Application a = store.applicationForUpdate(applicationId).filter(x -> mayActFor(accountId, x))
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        Window w = store.window(a.windowId()).orElseThrow();
        if (a.status() != Status.ADOPTED || !w.released()) {
            throw new FormInvalidException(FieldErrors.FORM, a.status() == Status.REPORTED
                    ? "sub.error.alreadyReported" : "sub.error.notAwarded");
        }
        FieldErrors errors = new FieldErrors();
        String text = Inputs.text(errors, "reportText", rawText, true, 8000);
        List<BudgetLine> lines = new ArrayList<>();
        parseLines(errors, "income", income, BudgetLine.INCOME, lines);
        parseLines(errors, "expense", expenses, BudgetLine.EXPENSE, lines);
        if (lines.stream().noneMatch(l -> !l.income())) {
            errors.add("budgetLines", "sub.error.noExpenses");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        writeLines(a.id(), BudgetLine.ACTUAL, lines);
        LocalDateTime now = clock.now();
        if (store.applications.report(a.id(), text, now) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.alreadyReported");
        }
        audit.record(accountId, "SUBSIDY_REPORT_SUBMITTED", "sub_application", String.valueOf(a.id()), a.title());
        for (var staff : accounts.withRole(Role.STAFF)) {
            notifier.sendToAccount(staff.id(), "【補助金】実績報告が提出されました: " + a.title(),
                    "実績報告を確認し、額の確定を行ってください。\n/admin/subsidies/applications/" + a.id());
        }
    }
}
