package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.directory.GroupType;
import kyodo.subsidies.internal.Forms.CategoryForm;
import kyodo.subsidies.internal.Forms.ProgramForm;
import kyodo.subsidies.internal.Forms.WindowForm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Staff set up a program: its basics and budget, its categories (部門) and its windows (募集期). */
@Singleton
public class ProgramSetup {

    private final ProgramRepository programs;
    private final CategoryRepository categories;
    private final WindowRepository windows;
    private final ApplicationRepository applications;
    private final AuditLog audit;
    private final CityClock clock;

    ProgramSetup(ProgramRepository programs, CategoryRepository categories, WindowRepository windows,
                 ApplicationRepository applications, AuditLog audit, CityClock clock) {
        this.programs = programs;
        this.categories = categories;
        this.windows = windows;
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(long actorId, ProgramForm form) {
        Values v = validate(form);
        long id = programs.save(new Program(null, v.year, v.name, v.purpose, v.budget, v.fundSource, v.types,
                v.guidelines, v.dueDays, clock.now())).id();
        audit.record(actorId, "SUBSIDY_PROGRAM_CREATED", "sub_program", String.valueOf(id), v.name + " ¥" + v.budget);
        return id;
    }

    @Transactional
    public void update(long actorId, long programId, ProgramForm form) {
        Values v = validate(form);
        // The budget may be lowered, but never below what is already awarded (lock as awards do).
        Program p = programs.findByIdForUpdate(programId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        long committed = applications.committed(programId);
        if (v.budget < committed) {
            throw new FormInvalidException(FieldErrors.of("budget", "sub.error.budgetBelowAwarded").add("budget",
                    "sub.error.committed", committed));
        }
        programs.update(new Program(p.id(), v.year, v.name, v.purpose, v.budget, v.fundSource, v.types,
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
        long id = categories.save(new Category(null, programId, name, max, num, den, description)).id();
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
        if (number != null && windows.existsByProgramIdAndNumber(programId, number)) {
            errors.add("number", "sub.error.windowExists");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        long id = windows.save(new Window(null, programId, number, opens, closes, sessionDate, sessionTime,
                place, null)).id();
        audit.record(actorId, "SUBSIDY_WINDOW_ADDED", "sub_program", String.valueOf(programId), "第" + number + "期");
        return id;
    }
}
