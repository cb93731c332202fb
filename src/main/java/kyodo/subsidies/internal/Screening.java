package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.subsidies.internal.Forms.ScreenForm;

/** Staff check a submitted application's documents: accept it for review (受理) or return it for corrections. */
@Singleton
public class Screening {

    private final ApplicationRepository applications;
    private final ProgramRepository programs;
    private final AuditLog audit;
    private final SubsidyMails mails;
    private final CityClock clock;
    private final FormValidator validator;

    Screening(ProgramRepository programs, ApplicationRepository applications, AuditLog audit, SubsidyMails mails,
              CityClock clock, FormValidator validator) {
        this.applications = applications;
        this.programs = programs;
        this.audit = audit;
        this.mails = mails;
        this.clock = clock;
        this.validator = validator;
    }

    @Transactional
    public void screen(long staffId, long applicationId, ScreenForm form) {
        Application a = applications.findByIdForUpdate(applicationId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (a.status() != Status.SUBMITTED) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.notSubmitted");
        }
        FieldErrors errors = validator.validate(form);
        boolean accept = form.accepted();
        if (!accept) {
            Inputs.require(errors, "message", form.message());
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        String message = form.message();
        if (applications.screen(a.id(), (accept ? Status.ACCEPTED : Status.RETURNED).name(), message,
                clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.notSubmitted");
        }
        audit.record(staffId, accept ? "sub.audit.applicationAccepted" : "sub.audit.applicationReturned",
                "sub.audit.target.application", String.valueOf(a.id()), message);
        if (!accept) {
            mails.returned(programs.findById(a.programId()).orElseThrow(), a, message);
        }
    }
}
