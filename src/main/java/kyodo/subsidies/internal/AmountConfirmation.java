package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.DomainEvents;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.subsidies.SubsidyConfirmed;
import kyodo.subsidies.internal.Forms.ConfirmForm;

import java.time.LocalDateTime;

/** 額の確定: staff fix the amount from the completion report; a refund is due where more was paid in advance. */
@Singleton
public class AmountConfirmation {

    private final ProgramRepository programs;
    private final CategoryRepository categories;
    private final ApplicationRepository applications;
    private final BudgetLineRepository lines;
    private final AuditLog audit;
    private final SubsidyMails mails;
    private final CityClock clock;
    private final DomainEvents events;
    private final FormValidator validator;

    AmountConfirmation(ProgramRepository programs, CategoryRepository categories, ApplicationRepository applications,
                       BudgetLineRepository lines, AuditLog audit, SubsidyMails mails, CityClock clock,
                       DomainEvents events, FormValidator validator) {
        this.programs = programs;
        this.categories = categories;
        this.applications = applications;
        this.lines = lines;
        this.audit = audit;
        this.mails = mails;
        this.clock = clock;
        this.events = events;
        this.validator = validator;
    }

    /** 額の確定 from the completion report; a refund is due where more was paid in advance. */
    @Transactional
    public long confirm(long staffId, long applicationId, ConfirmForm form) {
        FieldErrors errors = validator.validate(form);
        Long paid = errors.has("paidAmount") ? null : Inputs.yen(form.paidAmount());
        Application peek = applications.findById(applicationId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        Program program = programs.findByIdForUpdate(peek.programId()).orElseThrow();
        Application a = applications.findByIdForUpdate(applicationId).orElseThrow();
        if (a.status() != Status.REPORTED) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.notReported");
        }
        if (paid != null && paid > a.awardedAmount()) {
            errors.add("paidAmount", "sub.error.paidOverAward", String.format("%,d", a.awardedAmount()));
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        Category c = categories.findById(a.categoryId()).orElseThrow();
        long eligible = AppView.sum(lines.findOf(a.id(), BudgetLine.ACTUAL), BudgetLine.EXPENSE, true);
        long amount = Amounts.confirmedAmount(a.awardedAmount(), eligible, c.rateNum(), c.rateDen());
        long refund = Amounts.refund(paid, amount);
        LocalDateTime now = clock.now();
        if (applications.confirm(a.id(), paid, amount, refund, now) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.notReported");
        }
        audit.record(staffId, "sub.audit.amountConfirmed", "sub.audit.target.application", String.valueOf(a.id()),
                "¥" + amount + " refund ¥" + refund);
        mails.confirmed(program, a, amount, refund);
        events.publish(new SubsidyConfirmed(a.id(), a.programId(), a.groupId(), amount, refund));
        return amount;
    }
}
