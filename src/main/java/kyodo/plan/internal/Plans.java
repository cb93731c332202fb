package kyodo.plan.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Plans and their levels: read (whole, as a {@link PlanBook}), set up and changed by plan staff. */
@Singleton
public class Plans {

    static final String TARGET = "pln.audit.target.plan";
    static final int MAX_LEVELS = 6;

    private final PlanRepository plans;
    private final ItemRepository items;
    private final ResultRepository results;
    private final DepartmentRepository departments;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    Plans(PlanRepository plans, ItemRepository items, ResultRepository results, DepartmentRepository departments,
          FormValidator validator, AuditLog audit, CityClock clock) {
        this.plans = plans;
        this.items = items;
        this.results = results;
        this.departments = departments;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    public static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "plan not found");
    }

    @Transactional
    public List<Plan> all() {
        return plans.findNewestFirst();
    }

    @Transactional
    public List<Plan> published() {
        return plans.findPublished();
    }

    @Transactional
    public Optional<Plan> find(long id) {
        return plans.findById(id);
    }

    public Plan require(long id) {
        return find(id).orElseThrow(Plans::notFound);
    }

    /** A plan citizens may read (404 for a plan still being prepared). */
    public Plan requirePublished(long id) {
        return find(id).filter(Plan::published).orElseThrow(Plans::notFound);
    }

    @Transactional
    public List<Level> levels(long planId) {
        return plans.levels(planId);
    }

    /** The plan with every item, without results. */
    @Transactional
    public PlanBook book(long planId) {
        return book(require(planId), null, false);
    }

    /**
     * The plan with the results of a fiscal year: only published ones ({@code publishedOnly}, for citizens),
     * or every state (for plan staff and departments).
     */
    @Transactional
    public PlanBook book(Plan plan, Integer fiscalYear, boolean publishedOnly) {
        long id = plan.id();
        Map<Long, Result> yearResults = fiscalYear == null ? Map.of() : results.ofPlanYear(id, fiscalYear).stream()
                .filter(r -> !publishedOnly || r.published())
                .collect(Collectors.toMap(Result::itemId, Function.identity()));
        Map<Long, Department> depts = departments.findInOrder().stream()
                .collect(Collectors.toMap(Department::id, Function.identity()));
        return new PlanBook(plan, plans.levels(id), items.ofPlan(id), items.linksOfPlan(id), items.yearPlansOfPlan(id),
                depts, yearResults);
    }

    /** The fiscal years with published results, oldest first. */
    @Transactional
    public List<Integer> publishedYears(long planId) {
        return results.publishedYears(planId);
    }

    @Transactional
    public long create(PlanForm form, long actorId) {
        FieldErrors errors = check(form);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        Plan saved = plans.save(new Plan(null, form.name(), Integer.parseInt(form.firstYear()), Integer.parseInt(form.lastYear()),
                form.summary(), form.isPublished(), actorId, clock.now(), clock.now()));
        saveLevels(saved.id(), form.levelNames());
        audit.record(actorId, "pln.audit.planCreated", TARGET, saved.id().toString(), saved.name());
        return saved.id();
    }

    @Transactional
    public void update(long planId, PlanForm form, long actorId) {
        Plan plan = plans.findByIdForUpdate(planId).orElseThrow(Plans::notFound);
        FieldErrors errors = check(form);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        plans.update(new Plan(plan.id(), form.name(), Integer.parseInt(form.firstYear()), Integer.parseInt(form.lastYear()),
                form.summary(), form.isPublished(), plan.createdBy(), plan.createdAt(), clock.now()));
        plans.deleteLevels(planId);
        saveLevels(planId, form.levelNames());
        audit.record(actorId, "pln.audit.planChanged", TARGET, Long.toString(planId), form.name());
    }

    private void saveLevels(long planId, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            plans.addLevel(planId, i + 1, names.get(i));
        }
    }

    private FieldErrors check(PlanForm form) {
        FieldErrors errors = validator.validate(form);
        if (!errors.has("firstYear") && !errors.has("lastYear")
                && Integer.parseInt(form.lastYear()) < Integer.parseInt(form.firstYear())) {
            errors.add("lastYear", "pln.error.periodOrder");
        }
        List<String> names = form.levelNames();
        if (!errors.has("levels") && (names.isEmpty() || names.size() > MAX_LEVELS)) {
            errors.add("levels", "pln.error.levels", MAX_LEVELS);
        } else if (!errors.has("levels") && names.stream().anyMatch(n -> n.length() > 50)) {
            errors.add("levels", "core.error.tooLong", 50);
        }
        return errors;
    }
}
