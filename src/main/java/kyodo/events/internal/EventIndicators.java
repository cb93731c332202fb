package kyodo.events.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.FiscalYear;
import kyodo.core.Indicators;
import kyodo.events.EventStatus;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Figures of a fiscal year's events for the plan's KPIs: events held, participants, attendances, unique participants. */
@Singleton
class EventIndicators implements Indicators {

    private final ReportRepository reports;

    EventIndicators(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(new Indicator("events.eventsHeld", "pln.indicator.evt.eventsHeld", "pln.unit.events", false),
                new Indicator("events.participants", "pln.indicator.evt.participants", "pln.unit.people", false),
                new Indicator("events.attendances", "pln.indicator.evt.attendances", "pln.unit.people", false),
                new Indicator("events.uniqueParticipants", "pln.indicator.evt.uniqueParticipants", "pln.unit.people", false));
    }

    @Override
    @Transactional
    public Optional<BigDecimal> value(String code, String parameter, FiscalYear year) {
        List<ReportRow> rows = reports.rows(year.firstDay(), year.lastDay());
        long value = switch (code) {
            case "events.eventsHeld" -> rows.stream().filter(r -> !EventStatus.CANCELLED.name().equals(r.status())).count();
            case "events.participants" -> rows.stream().mapToLong(ReportRow::participants).sum();
            case "events.attendances" -> rows.stream().mapToLong(ReportRow::attendances).sum();
            case "events.uniqueParticipants" -> reports.uniqueParticipants(year.firstDay(), year.lastDay());
            default -> -1;
        };
        return value < 0 || rows.isEmpty() ? Optional.empty() : Optional.of(BigDecimal.valueOf(value));
    }
}
