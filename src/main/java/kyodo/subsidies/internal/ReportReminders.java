package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.Notifier;

import java.util.List;

/** Representatives whose completion report (実績報告) falls due within a week are reminded, once. */
@Singleton
public class ReportReminders {

    private final ProgramRepository programs;
    private final ApplicationRepository applications;
    private final Notifier notifier;
    private final CityClock clock;

    ReportReminders(ProgramRepository programs, ApplicationRepository applications, Notifier notifier, CityClock clock) {
        this.programs = programs;
        this.applications = applications;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Reminds representatives whose completion report falls due within a week (once each).
     * Returns how many were reminded.
     */
    @Transactional
    public int remindReports() {
        java.time.LocalDate today = clock.today();
        List<Application> due = applications.findReportsDueForUpdate(today);
        for (Application a : due) {
            Program p = programs.findById(a.programId()).orElseThrow();
            notifier.sendToAccount(a.applicantId(), "【補助金】実績報告の提出期限が近づいています: " + a.title(),
                    "補助事業の実績報告の提出期限は " + a.reportDue(p.reportDueDays()) + " です。\n"
                            + "/subsidies/applications/" + a.id() + "/report");
            applications.markReminded(a.id(), clock.now());
        }
        return due.size();
    }
}
