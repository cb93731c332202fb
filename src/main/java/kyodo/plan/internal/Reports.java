package kyodo.plan.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FiscalYear;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A department's yearly report on its items: the draft starts with what the platform recorded for the
 * item (its tagged events, programs, lectures …), is saved, and submitted while the round is open.
 */
@Singleton
public class Reports {

    static final String TARGET = "pln.audit.target.result";

    /** An item a department reports on in an open round, and where its report stands. */
    public record Task(Plan plan, Round round, Item item, Department department, Result result) {
        public Rounds.State state() {
            return Rounds.State.of(result);
        }
    }

    /** What the draft page shows. */
    public record Draft(Plan plan, Item item, Department department, int fiscalYear, Round round, Result result,
                        ResultForm form, List<Facts.Group> facts) {
        public boolean editable() {
            return round != null && round.open() && (result == null || result.editable());
        }
    }

    private final ItemRepository items;
    private final PlanRepository plans;
    private final RoundRepository rounds;
    private final ResultRepository results;
    private final DepartmentRepository departments;
    private final Facts facts;
    private final PlanPermissions permissions;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    Reports(ItemRepository items, PlanRepository plans, RoundRepository rounds, ResultRepository results,
            DepartmentRepository departments, Facts facts, PlanPermissions permissions, FormValidator validator,
            AuditLog audit, CityClock clock) {
        this.items = items;
        this.plans = plans;
        this.rounds = rounds;
        this.results = results;
        this.departments = departments;
        this.facts = facts;
        this.permissions = permissions;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** The items of the viewer's departments in every open round. */
    @Transactional
    public List<Task> tasks(long accountId) {
        List<Task> tasks = new ArrayList<>();
        List<Round> open = rounds.findOpen();
        for (Department d : departments.ofAccount(accountId)) {
            for (Item item : items.ofDepartment(d.id())) {
                for (Round round : open) {
                    if (round.planId() == item.planId()) {
                        Plan plan = plans.findById(item.planId()).orElseThrow();
                        tasks.add(new Task(plan, round, item, d, results.find(item.id(), round.fiscalYear()).orElse(null)));
                    }
                }
            }
        }
        return tasks;
    }

    @Transactional
    public List<Department> departmentsOf(long accountId) {
        return departments.ofAccount(accountId);
    }

    private Item reportable(long itemId, Viewer viewer) {
        Item item = items.findById(itemId).orElseThrow(Plans::notFound);
        if (item.departmentId() == null || !permissions.mayReport(viewer, item)) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "not a member of the item's department");
        }
        return item;
    }

    /** The draft of an item for a year: as saved, or (before the first save) the platform's figures filled in. */
    @Transactional
    public Draft draft(long itemId, int fiscalYear, Viewer viewer) {
        Item item = reportable(itemId, viewer);
        Plan plan = plans.findById(item.planId()).orElseThrow(Plans::notFound);
        if (!plan.covers(fiscalYear)) {
            throw Plans.notFound();
        }
        Round round = rounds.findByPlanIdAndFiscalYear(plan.id(), fiscalYear).orElse(null);
        Result result = results.find(itemId, fiscalYear).orElse(null);
        List<Facts.Group> groups = facts.of(itemId, new FiscalYear(fiscalYear));
        ResultForm form = result != null ? ResultForm.of(result)
                : new ResultForm(groups.isEmpty() ? null : facts.draftText(groups), null, null);
        return new Draft(plan, item, departments.findById(item.departmentId()).orElse(null), fiscalYear, round, result,
                form, groups);
    }

    /** Saves the department's text; with {@code submit} also hands it to plan staff. Only while the round is open. */
    @Transactional
    public void save(long itemId, int fiscalYear, ResultForm form, Viewer viewer, boolean submit) {
        Item item = reportable(itemId, viewer);
        Optional<Round> round = rounds.findShared(item.planId(), fiscalYear);
        if (round.isEmpty() || !round.get().open()) {
            throw new FormInvalidException(FieldErrors.FORM, "pln.error.roundClosed");
        }
        FieldErrors errors = validator.validate(form);
        if (submit && form.resultText() == null && !errors.has("resultText")) {
            errors.add("resultText", "core.error.required");
        }
        if (submit && form.mark() == null && !errors.has("mark")) {
            errors.add("mark", "pln.error.markRequired");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        long me = viewer.accountId();
        Optional<Result> existing = results.findForUpdate(itemId, fiscalYear);
        if (existing.isEmpty()) {
            results.insertDraft(itemId, fiscalYear, form.resultText(), form.mark(), form.direction(), me, clock.now());
        } else if (!existing.get().editable()) {
            throw new FormInvalidException(FieldErrors.FORM, "pln.error.notEditable");
        } else {
            results.updateDraft(itemId, fiscalYear, form.resultText(), form.mark(), form.direction(), me, clock.now());
        }
        if (submit) {
            results.submit(itemId, fiscalYear, me, clock.now());
        }
        audit.record(me, submit ? "pln.audit.resultSubmitted" : "pln.audit.resultSaved", TARGET,
                itemId + ":" + fiscalYear, null);
    }
}
