package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.DomainEvents;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Notifier;
import kyodo.core.Role;
import kyodo.subsidies.SubsidyWithdrawn;

import java.time.LocalDateTime;

/** A group withdraws its application (取下げ) or stops its awarded project (事業中止). */
@Singleton
public class Withdrawals {

    private final ApplicationRepository applications;
    private final ProgramRepository programs;
    private final ApplicationViews views;
    private final AuditLog audit;
    private final Notifier notifier;
    private final AccountsApi accounts;
    private final CityClock clock;
    private final DomainEvents events;
    private final FormValidator validator;

    Withdrawals(ApplicationRepository applications, ProgramRepository programs, ApplicationViews views, AuditLog audit,
                Notifier notifier, AccountsApi accounts, CityClock clock, DomainEvents events, FormValidator validator) {
        this.validator = validator;
        this.applications = applications;
        this.programs = programs;
        this.views = views;
        this.audit = audit;
        this.notifier = notifier;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    /** 取下げ, or 事業中止 after an award: the award goes back to the program's budget. */
    @Transactional
    public void withdraw(long accountId, long applicationId, Forms.WithdrawForm form) {
        FieldErrors errors = validator.validate(form);
        String reason = form.reason();
        Application a = applications.findByIdForUpdate(applicationId).filter(x -> views.mayActFor(accountId, x))
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (a.status() == Status.WITHDRAWN || a.status() == Status.NOT_ADOPTED || a.status() == Status.CONFIRMED) {
            errors.add(FieldErrors.FORM, "sub.error.cannotWithdraw");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        // Lock the program as awards do, so the ledger never sees half a withdrawal.
        programs.findByIdForUpdate(a.programId());
        long released = a.status().awarded() && a.awardedAmount() != null ? a.awardedAmount() : 0;
        LocalDateTime now = clock.now();
        if (applications.withdraw(a.id(), reason, a.status().awarded() ? released : null, now) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.cannotWithdraw");
        }
        audit.record(accountId, "SUBSIDY_APPLICATION_WITHDRAWN", "sub_application", String.valueOf(a.id()),
                "released=" + released);
        if (a.status() != Status.DRAFT) {
            for (var staff : accounts.withRole(Role.STAFF)) {
                notifier.sendToAccount(staff.id(), "【補助金】申請が取り下げられました: " + a.title(),
                        "事業名: " + a.title() + "\n理由: " + reason
                                + (released > 0 ? "\n交付決定額 " + String.format("%,d", released) + "円を予算に戻しました。" : ""));
            }
        }
        events.publish(new SubsidyWithdrawn(a.id(), a.programId(), a.groupId(), released, reason));
    }
}
