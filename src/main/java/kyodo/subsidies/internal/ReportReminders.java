package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;

import java.util.List;

/** Representatives whose completion report (実績報告) falls due within a week are reminded, once. */
@Singleton
public class ReportReminders {

    private final ProgramRepository programs;
    private final ApplicationRepository applications;
    private final SubsidyMails mails;
    private final CityClock clock;

    ReportReminders(ProgramRepository programs, ApplicationRepository applications, SubsidyMails mails,
                    CityClock clock) {
        this.programs = programs;
        this.applications = applications;
        this.mails = mails;
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
            mails.reportDue(p, a);
            applications.markReminded(a.id(), clock.now());
        }
        return due.size();
    }
}
