package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.DomainEvents;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.subsidies.SubsidyWithdrawn;

import java.time.LocalDateTime;

/** A group withdraws its application (取下げ) or stops its awarded project (事業中止). */
@Singleton
public class Withdrawals {

    private final ApplicationRepository applications;
    private final ProgramRepository programs;
    private final SubsidyPermissions permissions;
    private final AuditLog audit;
    private final SubsidyMails mails;
    private final CityClock clock;
    private final DomainEvents events;
    private final FormValidator validator;

    Withdrawals(ApplicationRepository applications, ProgramRepository programs, SubsidyPermissions permissions,
                AuditLog audit, SubsidyMails mails, CityClock clock, DomainEvents events, FormValidator validator) {
        this.applications = applications;
        this.programs = programs;
        this.permissions = permissions;
        this.audit = audit;
        this.mails = mails;
        this.clock = clock;
        this.events = events;
        this.validator = validator;
    }

    /** 取下げ, or 事業中止 after an award: the award goes back to the program's budget. */
    @Transactional
    public void withdraw(long accountId, long applicationId, Forms.WithdrawForm form) {
        FieldErrors errors = validator.validate(form);
        String reason = form.reason();
        Application a = applications.findByIdForUpdate(applicationId).filter(x -> permissions.actsFor(accountId, x))
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (a.status() == Status.WITHDRAWN || a.status() == Status.NOT_ADOPTED || a.status() == Status.CONFIRMED) {
            errors.add(FieldErrors.FORM, "sub.error.cannotWithdraw");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        // Lock the program as awards do, so the ledger never sees half a withdrawal.
        Program program = programs.findByIdForUpdate(a.programId()).orElseThrow();
        long released = a.status().awarded() && a.awardedAmount() != null ? a.awardedAmount() : 0;
        LocalDateTime now = clock.now();
        if (applications.withdraw(a.id(), reason, a.status().awarded() ? released : null, now) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.cannotWithdraw");
        }
        audit.record(accountId, "sub.audit.applicationWithdrawn", "sub.audit.target.application", String.valueOf(a.id()),
                "released=" + released);
        if (a.status() != Status.DRAFT) {
            mails.withdrawn(program, a, reason, released);
        }
        events.publish(new SubsidyWithdrawn(a.id(), a.programId(), a.groupId(), released, reason));
    }
}
