package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reviewers score an application on the rubric (1–5 each), or declare a conflict of interest and step aside. */
@Singleton
public class Scoring {

    private final ApplicationRepository applications;
    private final WindowRepository windows;
    private final CriterionRepository criteria;
    private final ReviewRepository reviews;
    private final ScoreRepository scores;
    private final ReviewerDesk desk;
    private final SubsidyPermissions permissions;
    private final AuditLog audit;
    private final CityClock clock;
    private final FormValidator validator;

    Scoring(ApplicationRepository applications, WindowRepository windows, CriterionRepository criteria,
            ReviewRepository reviews, ScoreRepository scores, ReviewerDesk desk, SubsidyPermissions permissions,
            AuditLog audit, CityClock clock, FormValidator validator) {
        this.applications = applications;
        this.windows = windows;
        this.criteria = criteria;
        this.reviews = reviews;
        this.scores = scores;
        this.desk = desk;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
    }

    /** Scores every criterion 1–5 (fields score{criterionId}) with a comment. */
    @Transactional
    public void score(long reviewerId, long applicationId, Forms.ScoreForm form) {
        Application a = applications.findByIdForUpdate(applicationId).filter(x -> permissions.reviews(reviewerId, x))
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        Window w = windows.findById(a.windowId()).orElseThrow();
        if (w.released() || !(a.status() == Status.ACCEPTED || a.status() == Status.ADOPTED
                || a.status() == Status.NOT_ADOPTED)) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.reviewClosed");
        }
        Optional<Review> own = reviews.findById(new Review.Key(a.id(), reviewerId));
        if (desk.member(reviewerId, a) || own.map(Review::recused).orElse(false)) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.recused");
        }
        FieldErrors errors = validator.validate(form);
        List<Criterion> rubric = criteria.findOfProgram(a.programId());
        if (rubric.isEmpty()) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.noRubric");
        }
        Map<Long, Integer> given = new HashMap<>();
        for (Criterion c : rubric) {
            String field = "score" + c.id();
            String typed = form.scoreOf(c.id());
            if (typed == null) {
                errors.add(field, "sub.error.scoreRequired");
            } else if (!typed.matches("[1-5]")) {
                errors.add(field, "sub.error.scoreRange");
            } else {
                given.put(c.id(), Integer.parseInt(typed));
            }
        }
        String comment = form.comment();
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        LocalDateTime now = clock.now();
        Review.Key key = new Review.Key(a.id(), reviewerId);
        if (own.isPresent()) {
            reviews.update(new Review(key, false, own.get().recusalReason(), comment, now));
        } else {
            reviews.save(new Review(key, false, null, comment, now));
        }
        scores.deleteOf(a.id(), reviewerId);
        scores.saveAll(given.entrySet().stream()
                .map(e -> Score.of(a.id(), reviewerId, e.getKey(), e.getValue())).toList());
        audit.record(reviewerId, "sub.audit.scored", "sub.audit.target.application", String.valueOf(a.id()), given.toString());
    }

    /** A reviewer declares a conflict of interest; any scores they gave are removed. */
    @Transactional
    public void declareConflict(long reviewerId, long applicationId, Forms.ConflictForm form) {
        Application a = applications.findByIdForUpdate(applicationId).filter(x -> permissions.reviews(reviewerId, x))
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        FieldErrors errors = validator.validate(form);
        String reason = form.reason();
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        scores.deleteOf(a.id(), reviewerId);
        Optional<Review> own = reviews.findById(new Review.Key(a.id(), reviewerId));
        Review recused = new Review(new Review.Key(a.id(), reviewerId), true, reason,
                own.map(Review::comment).orElse(null), null);
        if (own.isPresent()) {
            reviews.update(recused);
        } else {
            reviews.save(recused);
        }
        audit.record(reviewerId, "sub.audit.reviewerRecused", "sub.audit.target.application", String.valueOf(a.id()), reason);
    }
}
