package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.subsidies.internal.Forms.CriterionForm;

import java.util.List;

/** Staff set a program's rubric (審査基準); it is fixed once the first score is given. */
@Singleton
public class Rubric {

    /**
     * The committee's usual rubric (公益性, 実現性, 先駆性, 継続性・発展性, 協働性, 予算の妥当性): the
     * keys of its criteria's names, stored in Japanese as the program's own rubric.
     */
    static final List<String> STANDARD_CRITERIA = List.of("publicBenefit", "feasibility", "pioneering", "continuity",
            "collaboration", "budget");

    private final ProgramRepository programs;
    private final CriterionRepository criteria;
    private final AuditLog audit;
    private final FormValidator validator;
    private final JapaneseTexts texts;

    Rubric(ProgramRepository programs, CriterionRepository criteria, AuditLog audit, FormValidator validator, JapaneseTexts texts) {
        this.programs = programs;
        this.criteria = criteria;
        this.audit = audit;
        this.validator = validator;
        this.texts = texts;
    }

    @Transactional
    public void addCriterion(long actorId, long programId, CriterionForm form) {
        FieldErrors errors = validator.validate(form);
        String name = form.criterionName();
        Integer weight = Inputs.integer(errors, "weight", form.weight(), 1, 10);
        rubricOpen(programId, errors, FieldErrors.FORM);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        criteria.save(new Criterion(null, programId, name, weight, criteria.nextSortOrder(programId)));
        audit.record(actorId, "sub.audit.rubricChanged", "sub.audit.target.program", String.valueOf(programId), "+" + name);
    }

    @Transactional
    public void addStandardCriteria(long actorId, long programId) {
        FieldErrors errors = new FieldErrors();
        rubricOpen(programId, errors, FieldErrors.FORM);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        for (String key : STANDARD_CRITERIA) {
            addCriterion(actorId, programId, new CriterionForm(texts.text("sub.rubric.criterion." + key), "1"));
        }
    }

    @Transactional
    public void removeCriterion(long actorId, long programId, long criterionId) {
        FieldErrors errors = new FieldErrors();
        rubricOpen(programId, errors, FieldErrors.FORM);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        criteria.deleteOfProgram(criterionId, programId);
        audit.record(actorId, "sub.audit.rubricChanged", "sub.audit.target.program", String.valueOf(programId), "-" + criterionId);
    }

    /** The rubric is fixed once anyone has scored, so every application is judged on the same scale. */
    private void rubricOpen(long programId, FieldErrors errors, String field) {
        // Lock the program so a first score and a rubric change cannot interleave.
        programs.findByIdForUpdate(programId);
        if (criteria.countScores(programId) > 0) {
            errors.add(field, "sub.error.rubricLocked");
        }
    }
}
