package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Notifier;
import kyodo.subsidies.internal.Forms.ScreenForm;

/** Staff check a submitted application's documents: accept it for review (受理) or return it for corrections. */
@Singleton
public class Screening {

    private final ApplicationRepository applications;
    private final AuditLog audit;
    private final Notifier notifier;
    private final CityClock clock;
    private final FormValidator validator;

    Screening(ApplicationRepository applications, AuditLog audit, Notifier notifier, CityClock clock, FormValidator validator) {
        this.validator = validator;
        this.applications = applications;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
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
        audit.record(staffId, accept ? "SUBSIDY_APPLICATION_ACCEPTED" : "SUBSIDY_APPLICATION_RETURNED",
                "sub_application", String.valueOf(a.id()), message);
        if (!accept) {
            notifier.sendToAccount(a.applicantId(), "【補助金】申請書類の修正をお願いします: " + a.title(),
                    "提出いただいた申請書類について、次の点の修正をお願いします。\n\n" + message
                            + "\n\n修正のうえ、もう一度提出してください。\n/subsidies/applications/" + a.id());
        }
    }
}
