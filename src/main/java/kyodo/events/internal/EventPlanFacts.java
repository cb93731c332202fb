package kyodo.events.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.Choice;
import kyodo.core.FiscalYear;
import kyodo.core.PlanFacts;
import kyodo.events.EventStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Events for the promotion plan: staff tag an event (とみさと協働塾) with the items it serves; an item's
 * page for a fiscal year shows, for its tagged events of that year (by their first session), the events
 * held, their sessions, participants (参加者数), attendances (延べ人数) and the people who completed a
 * course (and so became まちづくりサポーター). The texts are the plan bundle's {@code pln.fact.*}.
 */
@Singleton
class EventPlanFacts implements PlanFacts {

    private final ReportRepository reports;
    private final EventRepository events;
    private final SessionRepository sessions;

    EventPlanFacts(ReportRepository reports, EventRepository events, SessionRepository sessions) {
        this.reports = reports;
        this.events = events;
        this.sessions = sessions;
    }

    @Override
    public String kind() {
        return "event";
    }

    @Override
    public String kindLabelKey() {
        return "pln.kind.event";
    }

    @Override
    @Transactional
    public List<Choice> taggable(FiscalYear year) {
        List<ReportRow> rows = new ArrayList<>(reports.rows(year.firstDay(), year.lastDay()));
        java.util.Collections.reverse(rows);
        return rows.stream().map(r -> Choice.named(Long.toString(r.eventId()),
                r.title() + (r.firstDate() == null ? "" : " (" + r.firstDate() + ")"))).toList();
    }

    @Override
    @Transactional
    public String name(long id) {
        return events.findById(id).filter(e -> !EventStatus.DRAFT.name().equals(e.status())).map(Event::title).orElse("");
    }

    @Override
    @Transactional
    public List<Fact> facts(Collection<Long> ids, FiscalYear year) {
        List<ReportRow> rows = reports.rows(year.firstDay(), year.lastDay()).stream()
                .filter(r -> ids.contains(r.eventId())).toList();
        long held = rows.stream().filter(r -> !EventStatus.CANCELLED.name().equals(r.status())).count();
        long completed = rows.stream().mapToLong(r -> sessions.findCompleted(r.eventId()).size()).sum();
        return List.of(
                new Fact("pln.fact.eventsHeld", held, "pln.unit.events"),
                new Fact("pln.fact.sessions", rows.stream().mapToLong(ReportRow::sessions).sum(), "pln.unit.times"),
                new Fact("pln.fact.participants", rows.stream().mapToLong(ReportRow::participants).sum(), "pln.unit.people"),
                new Fact("pln.fact.attendances", rows.stream().mapToLong(ReportRow::attendances).sum(), "pln.unit.people"),
                new Fact("pln.fact.completers", completed, "pln.unit.people"));
    }
}
