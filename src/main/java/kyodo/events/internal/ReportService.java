package kyodo.events.internal;

import kyodo.core.CityClock;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.FiscalYear;

import java.time.LocalDate;
import java.util.List;

/** Figures per event and per fiscal year (events counted in the year of their first session). */
@Singleton
public class ReportService {

    public record YearReport(FiscalYear year, List<ReportRow> rows, int uniqueParticipants) {
        public int registrations() {
            return rows.stream().mapToInt(ReportRow::registrations).sum();
        }

        public int cancellations() {
            return rows.stream().mapToInt(ReportRow::cancellations).sum();
        }

        public int participants() {
            return rows.stream().mapToInt(ReportRow::participants).sum();
        }

        public int attendances() {
            return rows.stream().mapToInt(ReportRow::attendances).sum();
        }

        public int noShows() {
            return rows.stream().mapToInt(ReportRow::noShows).sum();
        }

        public int completers() {
            return rows.stream().mapToInt(ReportRow::completers).sum();
        }
    }

    private final ReportRepository reports;
    private final CityClock clock;

    ReportService(ReportRepository reports, CityClock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Transactional
    public YearReport year(FiscalYear year) {
        return new YearReport(year, reports.rows(year.firstDay(), year.lastDay()),
                reports.uniqueParticipants(year.firstDay(), year.lastDay()));
    }

    @Transactional
    public ReportRow event(long eventId) {
        return reports.row(eventId).stream().findFirst().orElseThrow(EventService::notFound);
    }

    public FiscalYear current() {
        return FiscalYear.of(clock.today());
    }
}
