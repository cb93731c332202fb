package kyodo.subsidies.internal;

import kyodo.core.CityClock;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.directory.GroupType;
import kyodo.subsidies.internal.Forms.CategoryForm;
import kyodo.subsidies.internal.Forms.CriterionForm;
import kyodo.subsidies.internal.Forms.ProgramForm;
import kyodo.subsidies.internal.Forms.WindowForm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Staff set up programs, categories, windows and the rubric. */
@Singleton
public class ProgramService {

    /** The committee's usual rubric (公益性, 実現性, 先駆性, 継続性・発展性, 協働性, 予算の妥当性). */
    public static final List<String> STANDARD_CRITERIA = List.of("公益性", "実現性", "先駆性", "継続性・発展性", "協働性",
            "予算の妥当性");

    private final SubsidyStore store;
    private final AuditLog audit;
    private final CityClock clock;
    private final Files files;

    ProgramService(SubsidyStore store, AuditLog audit, CityClock clock, Files files) {
        this.store = store;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** A program with everything its pages show. */
    public record ProgramView(Program program, List<Category> categories, List<Window> windows,
                              List<Criterion> criteria, List<StoredFile> forms, boolean rubricLocked) {
        public Optional<Window> window(long id) {
            return windows.stream().filter(w -> w.id() == id).findFirst();
        }

        public int criteriaWeight() {
            return criteria.stream().mapToInt(Criterion::weight).sum();
        }
    }

    @Transactional(readOnly = true)
    public List<Program> programs() {
        return store.programs();
    }

    @Transactional(readOnly = true)
    public Optional<ProgramView> view(long programId) {
        return store.program(programId).map(p -> new ProgramView(p, store.categories(programId),
                store.windows(programId), store.criteria(programId), store.files(Files.PROGRAM, programId),
                store.anyScore(programId)));
    }

    /** Programs with a window open now or still to come: the public "open calls". */
    @Transactional(readOnly = true)
    public List<ProgramView> openCalls() {
        LocalDateTime now = clock.now();
        List<ProgramView> out = new ArrayList<>();
        for (Program p : store.programs()) {
            List<Window> windows = store.windows(p.id());
            if (windows.stream().anyMatch(w -> !w.isClosed(now))) {
                out.add(new ProgramView(p, store.categories(p.id()), windows, store.criteria(p.id()),
                        store.files(Files.PROGRAM, p.id()), false));
            }
        }
        return out;
    }

    @Transactional
    public long create(long actorId, ProgramForm form) {
        Values v = validate(form);
        long id = store.programs.save(new Program(null, v.year, v.name, v.purpose, v.budget, v.fundSource, v.types,
                v.guidelines, v.dueDays, clock.now())).id();
        audit.record(actorId, "SUBSIDY_PROGRAM_CREATED", "sub_program", String.valueOf(id), v.name + " ¥" + v.budget);
        return id;
    }

    @Transactional
    public void update(long actorId, long programId, ProgramForm form) {
        Values v = validate(form);
        // The budget may be lowered, but never below what is already awarded (lock as awards do).
        Program p = store.programs.findByIdForUpdate(programId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        long committed = store.applications.committed(programId);
        if (v.budget < committed) {
            throw new FormInvalidException(FieldErrors.of("budget", "sub.error.budgetBelowAwarded").add("budget",
                    "sub.error.committed", committed));
        }
        store.programs.update(new Program(p.id(), v.year, v.name, v.purpose, v.budget, v.fundSource, v.types,
                v.guidelines, v.dueDays, p.createdAt()));
        audit.record(actorId, "SUBSIDY_PROGRAM_UPDATED", "sub_program", String.valueOf(programId), v.name + " ¥" + v.budget);
    }

    private record Values(int year, String name, String purpose, long budget, String fundSource, String types,
                          String guidelines, int dueDays) {
    }

    private static Values validate(ProgramForm form) {
        FieldErrors errors = new FieldErrors();
        Integer year = Inputs.integer(errors, "fiscalYear", form.fiscalYear(), 2000, 2100);
        String name = Inputs.text(errors, "programName", form.programName(), true, 200);
        String purpose = Inputs.text(errors, "purpose", form.purpose(), true, 5000);
        Long budget = Inputs.yen(errors, "budget", form.budget(), true);
        String fund = Inputs.text(errors, "fundSource", form.fundSource(), true, 200);
        String guidelines = Inputs.text(errors, "guidelines", form.guidelines(), false, 20000);
        Integer due = Inputs.integer(errors, "reportDueDays", form.reportDueDays(), 1, 365);
        List<GroupType> types = new ArrayList<>();
        for (String t : form.eligibleTypes() == null ? List.<String>of() : form.eligibleTypes()) {
            try {
                types.add(GroupType.valueOf(t));
            } catch (IllegalArgumentException e) {
                errors.add("eligibleTypes", "sub.error.groupType");
            }
        }
        if (types.isEmpty() && !errors.has("eligibleTypes")) {
            errors.add("eligibleTypes", "sub.error.chooseOne");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        return new Values(year, name, purpose, budget, fund,
                types.stream().distinct().map(Enum::name).collect(Collectors.joining(",")), guidelines, due);
    }

    @Transactional
    public long addCategory(long actorId, long programId, CategoryForm form) {
        FieldErrors errors = new FieldErrors();
        String name = Inputs.text(errors, "categoryName", form.categoryName(), true, 100);
        Long max = Inputs.yen(errors, "maxAmount", form.maxAmount(), true);
        Integer num = Inputs.integer(errors, "rateNum", form.rateNum(), 1, 100);
        Integer den = Inputs.integer(errors, "rateDen", form.rateDen(), 1, 100);
        if (num != null && den != null && num > den) {
            errors.add("rateNum", "sub.error.rateAboveOne");
        }
        String description = Inputs.text(errors, "categoryDescription", form.categoryDescription(), false, 5000);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        long id = store.categories.save(new Category(null, programId, name, max, num, den, description)).id();
        audit.record(actorId, "SUBSIDY_CATEGORY_ADDED", "sub_program", String.valueOf(programId), name);
        return id;
    }

    @Transactional
    public long addWindow(long actorId, long programId, WindowForm form) {
        FieldErrors errors = new FieldErrors();
        Integer number = Inputs.integer(errors, "number", form.number(), 1, 99);
        LocalDateTime opens = Inputs.dateTime(errors, "opensAt", form.opensAt());
        LocalDateTime closes = Inputs.dateTime(errors, "closesAt", form.closesAt());
        LocalDate sessionDate = Inputs.date(errors, "sessionDate", form.sessionDate(), false);
        LocalTime sessionTime = Inputs.time(errors, "sessionTime", form.sessionTime(), false);
        String place = Inputs.text(errors, "sessionPlace", form.sessionPlace(), false, 200);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.add("closesAt", "sub.error.closesBeforeOpens");
        }
        if (closes != null && sessionDate != null && sessionDate.isBefore(closes.toLocalDate())) {
            errors.add("sessionDate", "sub.error.sessionBeforeClose");
        }
        if (number != null && store.windows.existsByProgramIdAndNumber(programId, number)) {
            errors.add("number", "sub.error.windowExists");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        long id = store.windows.save(new Window(null, programId, number, opens, closes, sessionDate, sessionTime,
                place, null)).id();
        audit.record(actorId, "SUBSIDY_WINDOW_ADDED", "sub_program", String.valueOf(programId), "第" + number + "期");
        return id;
    }

    @Transactional
    public void addCriterion(long actorId, long programId, CriterionForm form) {
        FieldErrors errors = new FieldErrors();
        String name = Inputs.text(errors, "criterionName", form.criterionName(), true, 100);
        Integer weight = Inputs.integer(errors, "weight", form.weight(), 1, 10);
        rubricOpen(programId, errors, FieldErrors.FORM);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        store.criteria.save(new Criterion(null, programId, name, weight, store.criteria.nextSortOrder(programId)));
        audit.record(actorId, "SUBSIDY_RUBRIC_CHANGED", "sub_program", String.valueOf(programId), "+" + name);
    }

    @Transactional
    public void addStandardCriteria(long actorId, long programId) {
        FieldErrors errors = new FieldErrors();
        rubricOpen(programId, errors, FieldErrors.FORM);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        for (String name : STANDARD_CRITERIA) {
            addCriterion(actorId, programId, new CriterionForm(name, "1"));
        }
    }

    @Transactional
    public void removeCriterion(long actorId, long programId, long criterionId) {
        FieldErrors errors = new FieldErrors();
        rubricOpen(programId, errors, FieldErrors.FORM);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        store.criteria.deleteOfProgram(criterionId, programId);
        audit.record(actorId, "SUBSIDY_RUBRIC_CHANGED", "sub_program", String.valueOf(programId), "-" + criterionId);
    }

    /** The rubric is fixed once anyone has scored, so every application is judged on the same scale. */
    private void rubricOpen(long programId, FieldErrors errors, String field) {
        // Lock the program so a first score and a rubric change cannot interleave.
        store.programs.findByIdForUpdate(programId);
        if (store.anyScore(programId)) {
            errors.add(field, "sub.error.rubricLocked");
        }
    }

    @Transactional
    public void addForm(long actorId, long programId, String fileName, byte[] bytes) {
        long id = files.store("formFile", Files.PROGRAM, programId, fileName, bytes);
        audit.record(actorId, "SUBSIDY_FORM_UPLOADED", "sub_program", String.valueOf(programId), fileName + " #" + id);
    }

    @Transactional
    public void removeForm(long actorId, long programId, long fileId) {
        files.delete(Files.PROGRAM, programId, fileId);
        audit.record(actorId, "SUBSIDY_FORM_REMOVED", "sub_program", String.valueOf(programId), "#" + fileId);
    }

    @Transactional
    public void assignReviewers(long actorId, long windowId, Collection<Long> reviewerIds) {
        store.windowReviewers.deleteOf(windowId);
        store.windowReviewers.saveAll(reviewerIds.stream().map(id -> WindowReviewer.of(windowId, id)).toList());
        audit.record(actorId, "SUBSIDY_REVIEWERS_ASSIGNED", "sub_window", String.valueOf(windowId),
                reviewerIds.toString());
    }

    @Transactional(readOnly = true)
    public List<Long> reviewersOf(long windowId) {
        return store.reviewersOfWindow(windowId);
    }
}
