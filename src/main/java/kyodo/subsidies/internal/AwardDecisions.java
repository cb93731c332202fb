package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.DomainEvents;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.subsidies.SubsidyAwarded;
import kyodo.subsidies.internal.Forms.DecisionForm;

import java.time.LocalDateTime;
import java.util.List;

/** Staff decide each screened application within the budget (採択・不採択) and release a window's results at once. */
@Singleton
public class AwardDecisions {

    private final ProgramRepository programs;
    private final WindowRepository windows;
    private final ApplicationRepository applications;
    private final AuditLog audit;
    private final SubsidyMails mails;
    private final CityClock clock;
    private final DomainEvents events;
    private final FormValidator validator;
    private final JapaneseTexts texts;

    AwardDecisions(ProgramRepository programs, WindowRepository windows, ApplicationRepository applications,
                   AuditLog audit, SubsidyMails mails, CityClock clock, DomainEvents events,
                   FormValidator validator, JapaneseTexts texts) {
        this.programs = programs;
        this.windows = windows;
        this.applications = applications;
        this.audit = audit;
        this.mails = mails;
        this.clock = clock;
        this.events = events;
        this.validator = validator;
        this.texts = texts;
    }

    /**
     * Adopted with an amount, or not adopted, with a reason. The program row is locked and the
     * remaining budget computed from the applications inside this transaction, so two staff
     * deciding at the same moment can never award more than the budget together.
     */
    @Transactional
    public void decide(long staffId, long applicationId, DecisionForm form) {
        FieldErrors errors = validator.validate(form);
        boolean adopt = form.adopted();
        if (adopt) {
            Inputs.require(errors, "amount", form.amount());
        } else if (!errors.has("decision")) {
            Inputs.require(errors, "reason", form.reason());
        }
        Long amount = adopt && !errors.has("amount") ? Inputs.yen(form.amount()) : null;
        String reason = form.reason();
        // Locking reads first: under REPEATABLE READ a plain read here would fix the snapshot before
        // the program lock is granted, and the sum below would miss awards committed meanwhile.
        long programId = applications.findProgramIdForUpdate(applicationId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        Program program = programs.findByIdForUpdate(programId).orElseThrow();
        Application a = applications.findByIdForUpdate(applicationId).orElseThrow();
        Window w = windows.findById(a.windowId()).orElseThrow();
        if (w.released()) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.alreadyReleased");
        }
        if (!(a.status() == Status.ACCEPTED || a.status() == Status.ADOPTED || a.status() == Status.NOT_ADOPTED)) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.notDecidable");
        }
        if (amount != null) {
            if (amount <= 0) {
                errors.add("amount", "core.error.min", 1);
            } else if (amount > a.requestedAmount()) {
                errors.add("amount", "sub.error.overRequested", String.format("%,d", a.requestedAmount()));
            } else {
                // The snapshot starts here, after the program lock was granted: it sees every earlier award.
                long committedByOthers = applications.committedByOthers(program.id(), a.id());
                long remaining = program.budget() - committedByOthers;
                if (amount > remaining) {
                    errors.add("amount", "sub.error.overBudget", String.format("%,d", Math.max(0, remaining)));
                }
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        LocalDateTime now = clock.now();
        String awardNumber = adopt
                ? texts.text("sub.award.numberFormat", program.year().warekiLabel(), String.valueOf(a.id())) : null;
        if (applications.decide(a.id(), (adopt ? Status.ADOPTED : Status.NOT_ADOPTED).name(), amount, reason,
                awardNumber, now) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.notDecidable");
        }
        audit.record(staffId, adopt ? "sub.audit.adopted" : "sub.audit.notAdopted", "sub.audit.target.application",
                String.valueOf(a.id()), adopt ? "¥" + amount : reason);
    }

    /** Results go to every applicant of the window at once, with a notification each. */
    @Transactional
    public void release(long staffId, long windowId) {
        Window w = windows.findByIdForUpdate(windowId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        Program program = programs.findById(w.programId()).orElseThrow();
        if (w.released()) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.alreadyReleased");
        }
        List<Application> apps = applications.findOfWindow(windowId);
        if (apps.stream().anyMatch(a -> a.status() == Status.SUBMITTED || a.status() == Status.ACCEPTED
                || a.status() == Status.RETURNED)) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.undecided");
        }
        if (windows.release(windowId, clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.alreadyReleased");
        }
        for (Application a : apps) {
            if (a.status() == Status.ADOPTED) {
                mails.adopted(program, a);
                events.publish(new SubsidyAwarded(a.id(), a.programId(), a.groupId(), a.title(),
                        a.awardedAmount()));
            } else if (a.status() == Status.NOT_ADOPTED) {
                mails.notAdopted(program, a);
            }
        }
        audit.record(staffId, "sub.audit.resultsReleased", "sub.audit.target.window", String.valueOf(windowId),
                "applications=" + apps.size());
    }
}
