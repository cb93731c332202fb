package kyodo.subsidies.internal;

import kyodo.directory.GroupSummary;

import java.time.LocalDate;
import java.util.List;

/** An application with what its pages show beside it. */
public record AppView(Application app, Program program, Window window, Category category, GroupSummary group,
                      List<BudgetLine> plan, List<BudgetLine> actual, List<StoredFile> attachments,
                      List<StoredFile> photos) {

    public String groupName() {
        return group == null ? "#" + app.groupId() : group.name();
    }

    /** What the applicant may see: decisions stay "under review" until staff release the window's results. */
    public Status visibleStatus() {
        Status s = app.status();
        if ((s == Status.ADOPTED || s == Status.NOT_ADOPTED) && !window.released()) {
            return Status.ACCEPTED;
        }
        if (s == Status.WITHDRAWN && app.releasedAmount() != null && !window.released()) {
            return Status.WITHDRAWN;
        }
        return s;
    }

    public boolean resultVisible() {
        return window.released() && app.awardedAmount() != null;
    }

    public static long sum(List<BudgetLine> lines, String kind, boolean eligibleOnly) {
        return lines.stream().filter(l -> l.kind().equals(kind) && (!eligibleOnly || l.eligible()))
                .mapToLong(BudgetLine::amount).sum();
    }

    public long planIncome() {
        return sum(plan, BudgetLine.INCOME, false);
    }

    public long planExpenses() {
        return sum(plan, BudgetLine.EXPENSE, false);
    }

    public long planEligible() {
        return sum(plan, BudgetLine.EXPENSE, true);
    }

    public long actualIncome() {
        return sum(actual, BudgetLine.INCOME, false);
    }

    public long actualExpenses() {
        return sum(actual, BudgetLine.EXPENSE, false);
    }

    public long actualEligible() {
        return sum(actual, BudgetLine.EXPENSE, true);
    }

    /** 額の確定 as it would come out from the report (for staff before they confirm). */
    public long proposedConfirmation() {
        return app.awardedAmount() == null ? 0
                : Amounts.confirmedAmount(app.awardedAmount(), actualEligible(), category.rateNum(), category.rateDen());
    }

    public LocalDate reportDue() {
        return app.reportDue(program.reportDueDays());
    }

    public List<BudgetLine> planIncomeLines() {
        return plan.stream().filter(BudgetLine::income).toList();
    }

    public List<BudgetLine> planExpenseLines() {
        return plan.stream().filter(l -> !l.income()).toList();
    }

    public List<BudgetLine> actualIncomeLines() {
        return actual.stream().filter(BudgetLine::income).toList();
    }

    public List<BudgetLine> actualExpenseLines() {
        return actual.stream().filter(l -> !l.income()).toList();
    }
}
