package kyodo.subsidies.internal;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every morning: remind representatives whose 実績報告 is due soon. */
@Singleton
class ReportReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReportReminderJob.class);

    private final ReportReminders reminders;

    ReportReminderJob(ReportReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "0 0 8 * * *", zoneId = "Asia/Tokyo")
    void remind() {
        try {
            int n = reminders.remindReports();
            if (n > 0) {
                LOG.info("Reminded {} completion reports", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("Completion report reminders failed", e);
        }
    }
}
