package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
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
    private final FormValidator validator;
    private final JapaneseTexts texts;

    ProgramSetup(ProgramRepository programs, CategoryRepository categories, WindowRepository windows,
                 ApplicationRepository applications, AuditLog audit, CityClock clock, FormValidator validator,
                 JapaneseTexts texts) {
        this.programs = programs;
        this.categories = categories;
        this.windows = windows;
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
        this.texts = texts;
    }

    /**
     * The form of a new program: this fiscal year, the usual fund source (the city's own words, from
     * the bundle in Japanese: it is stored as data) and every kind of group.
     */
    public ProgramForm newForm() {
        return ProgramForm.empty(clock.fiscalYear().startYear(), texts.text("sub.program.defaultFundSource"));
    }

    @Transactional
    public long create(long actorId, ProgramForm form) {
        Values v = validate(form);
        long id = programs.save(new Program(null, v.year, form.programName(), form.purpose(), v.budget,
                form.fundSource(), v.types, nonNull(form.guidelines()), v.dueDays, clock.now())).id();
        audit.record(actorId, "sub.audit.programCreated", "sub.audit.target.program", String.valueOf(id),
                form.programName() + " ¥" + v.budget);
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
                    "sub.error.committed", String.format("%,d", committed)));
        }
        programs.update(new Program(p.id(), v.year, form.programName(), form.purpose(), v.budget, form.fundSource(),
                v.types, nonNull(form.guidelines()), v.dueDays, p.createdAt()));
        audit.record(actorId, "sub.audit.programUpdated", "sub.audit.target.program", String.valueOf(programId),
                form.programName() + " ¥" + v.budget);
    }

    private record Values(int year, long budget, String types, int dueDays) {
    }

    private Values validate(ProgramForm form) {
        FieldErrors errors = validator.validate(form);
        Integer due = Inputs.integer(errors, "reportDueDays", form.reportDueDays(), 1, 365);
        List<GroupType> types = new ArrayList<>();
        for (String t : form.eligibleTypes() == null ? List.<String>of() : form.eligibleTypes()) {
            try {
                types.add(GroupType.valueOf(t));
            } catch (IllegalArgumentException e) {
                if (!errors.has("eligibleTypes")) {
                    errors.add("eligibleTypes", "sub.error.groupType");
                }
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        return new Values(Integer.parseInt(form.fiscalYear()), Inputs.yen(form.budget()),
                types.stream().distinct().map(Enum::name).collect(Collectors.joining(",")), due);
    }

    @Transactional
    public long addCategory(long actorId, long programId, CategoryForm form) {
        FieldErrors errors = validator.validate(form);
        Integer num = Inputs.integer(errors, "rateNum", form.rateNum(), 1, 100);
        Integer den = Inputs.integer(errors, "rateDen", form.rateDen(), 1, 100);
        if (num != null && den != null && num > den) {
            errors.add("rateNum", "sub.error.rateAboveOne");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        long id = categories.save(new Category(null, programId, form.categoryName(), Inputs.yen(form.maxAmount()), num,
                den, nonNull(form.categoryDescription()))).id();
        audit.record(actorId, "sub.audit.categoryAdded", "sub.audit.target.program", String.valueOf(programId), form.categoryName());
        return id;
    }

    @Transactional
    public long addWindow(long actorId, long programId, WindowForm form) {
        FieldErrors errors = validator.validate(form);
        Integer number = Inputs.integer(errors, "number", form.number(), 1, 99);
        LocalDateTime opens = Inputs.dateTime(errors, "opensAt", form.opensAt());
        LocalDateTime closes = Inputs.dateTime(errors, "closesAt", form.closesAt());
        LocalDate sessionDate = Inputs.date(errors, "sessionDate", form.sessionDate());
        LocalTime sessionTime = Inputs.time(errors, "sessionTime", form.sessionTime());
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.add("closesAt", "sub.error.closesBeforeOpens");
        }
        if (closes != null && sessionDate != null && sessionDate.isBefore(closes.toLocalDate())) {
            errors.add("sessionDate", "sub.error.sessionBeforeClose");
        }
        // Locked, so the same window added twice at once (a double click) is refused, not a duplicate key.
        programs.findByIdForUpdate(programId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (number != null && windows.existsByProgramIdAndNumber(programId, number)) {
            errors.add("number", "sub.error.windowExists");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        long id = windows.save(new Window(null, programId, number, opens, closes, sessionDate, sessionTime,
                form.sessionPlace(), null)).id();
        audit.record(actorId, "sub.audit.windowAdded", "sub.audit.target.program", String.valueOf(programId),
                texts.text("sub.window.number", String.valueOf(number)));
        return id;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
