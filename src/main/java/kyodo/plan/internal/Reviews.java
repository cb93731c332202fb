package kyodo.plan.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;

import java.util.ArrayList;
import java.util.List;

/** Plan staff review what departments submitted: approve (the result is published) or send back with a comment. */
@Singleton
public class Reviews {

    /** A submitted result waiting for plan staff. */
    public record Waiting(Plan plan, Round round, Item item, Department department, Result result) {
    }

    private final RoundRepository rounds;
    private final PlanRepository plans;
    private final ResultRepository results;
    private final ItemRepository items;
    private final DepartmentRepository departments;
    private final PlanMails mails;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    Reviews(RoundRepository rounds, PlanRepository plans, ResultRepository results, ItemRepository items,
            DepartmentRepository departments, PlanMails mails, FormValidator validator, AuditLog audit, CityClock clock) {
        this.rounds = rounds;
        this.plans = plans;
        this.results = results;
        this.items = items;
        this.departments = departments;
        this.mails = mails;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** Submitted results of every round (open or closed), oldest submission first. */
    @Transactional
    public List<Waiting> queue() {
        List<Waiting> waiting = new ArrayList<>();
        for (Plan plan : plans.findNewestFirst()) {
            for (Round round : rounds.ofPlan(plan.id())) {
                for (Result r : results.ofPlanYear(plan.id(), round.fiscalYear())) {
                    if (r.statusValue() == Result.Status.SUBMITTED) {
                        Item item = items.findById(r.itemId()).orElseThrow();
                        waiting.add(new Waiting(plan, round, item,
                                item.departmentId() == null ? null : departments.findById(item.departmentId()).orElse(null), r));
                    }
                }
            }
        }
        waiting.sort(java.util.Comparator.comparing(w -> w.result().submittedAt()));
        return waiting;
    }

    @Transactional
    public void approve(long itemId, int fiscalYear, long actorId) {
        if (results.approve(itemId, fiscalYear, actorId, clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "pln.error.notSubmitted");
        }
        audit.record(actorId, "pln.audit.resultApproved", Reports.TARGET, itemId + ":" + fiscalYear, null);
    }

    @Transactional
    public void sendBack(long itemId, int fiscalYear, ReviewForm form, long actorId) {
        FieldErrors errors = validator.validate(form);
        if (!errors.has("comment") && form.comment() == null) {
            errors.add("comment", "pln.error.commentRequired");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        Item item = items.findById(itemId).orElseThrow(Plans::notFound);
        if (results.sendBack(itemId, fiscalYear, form.comment(), actorId, clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "pln.error.notSubmitted");
        }
        Plan plan = plans.findById(item.planId()).orElseThrow();
        if (item.departmentId() != null) {
            mails.sentBack(departments.members(item.departmentId()), plan, item, fiscalYear, form.comment());
        }
        audit.record(actorId, "pln.audit.resultReturned", Reports.TARGET, itemId + ":" + fiscalYear, form.comment());
    }
}
