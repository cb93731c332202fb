package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** 実績報告: after the project, what was done and the actual income and expenses (収支決算書). */
@Singleton
public class CompletionReports {

    private final ApplicationRepository applications;
    private final ProgramRepository programs;
    private final WindowRepository windows;
    private final BudgetLines budgetLines;
    private final SubsidyPermissions permissions;
    private final AuditLog audit;
    private final SubsidyMails mails;
    private final CityClock clock;
    private final FormValidator validator;

    CompletionReports(ProgramRepository programs, ApplicationRepository applications, WindowRepository windows,
                      BudgetLines budgetLines, SubsidyPermissions permissions, AuditLog audit, SubsidyMails mails,
                      CityClock clock, FormValidator validator) {
        this.applications = applications;
        this.programs = programs;
        this.windows = windows;
        this.budgetLines = budgetLines;
        this.permissions = permissions;
        this.audit = audit;
        this.mails = mails;
        this.clock = clock;
        this.validator = validator;
    }

    /** 実績報告: what was done and the actual income and expenses. */
    @Transactional
    public void report(long accountId, long applicationId, ReportForm form) {
        Application a = applications.findByIdForUpdate(applicationId).filter(x -> permissions.actsFor(accountId, x))
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        Window w = windows.findById(a.windowId()).orElseThrow();
        if (a.status() != Status.ADOPTED || !w.released()) {
            throw new FormInvalidException(FieldErrors.FORM, a.status() == Status.REPORTED
                    ? "sub.error.alreadyReported" : "sub.error.notAwarded");
        }
        FieldErrors errors = validator.validate(form);
        String text = form.reportText();
        List<BudgetLine> lines = new ArrayList<>();
        BudgetLines.parse(errors, "income", form.incomeLines(), BudgetLine.INCOME, lines);
        BudgetLines.parse(errors, "expense", form.expenseLines(), BudgetLine.EXPENSE, lines);
        if (lines.stream().noneMatch(l -> !l.income())) {
            errors.add("budgetLines", "sub.error.noExpenses");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        budgetLines.write(a.id(), BudgetLine.ACTUAL, lines);
        LocalDateTime now = clock.now();
        if (applications.report(a.id(), text, now) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.alreadyReported");
        }
        audit.record(accountId, "sub.audit.reportSubmitted", "sub.audit.target.application", String.valueOf(a.id()), a.title());
        mails.reported(programs.findById(a.programId()).orElseThrow(), a);
    }
}
