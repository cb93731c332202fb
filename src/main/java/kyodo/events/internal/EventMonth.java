package kyodo.events.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The month calendar of events: weeks from Sunday to Saturday as Japanese calendars have them
 * (日〜土), each day with its sessions, today by the city clock.
 */
@Singleton
public class EventMonth {

    /** The calendar goes this far back and ahead; a month outside is a bad request, not an empty page. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    /** One cell: a day of the month (or a day of the next or previous month that fills the week, with no events). */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<CalendarEntry> entries) {
    }

    public record Month(YearMonth month, LocalDate today, LocalDateTime now, List<DayOfWeek> weekdays, List<List<Day>> weeks,
                        List<Day> daysWithEvents) {

        public YearMonth previous() {
            return month.getYear() == FIRST_YEAR && month.getMonthValue() == 1 ? null : month.minusMonths(1);
        }

        public YearMonth next() {
            return month.getYear() == LAST_YEAR && month.getMonthValue() == 12 ? null : month.plusMonths(1);
        }

        public boolean current() {
            return YearMonth.from(today).equals(month);
        }

        public int events() {
            return (int) daysWithEvents.stream().flatMap(d -> d.entries().stream()).map(CalendarEntry::eventId).distinct().count();
        }
    }

    private final EventRepository events;
    private final CityClock clock;

    EventMonth(EventRepository events, CityClock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** {@code 2026-12}; empty for anything else (another form, a month outside the calendar's years). */
    public static Optional<YearMonth> parse(String text) {
        if (text == null || text.length() != 7) {
            return Optional.empty();
        }
        try {
            YearMonth month = YearMonth.parse(text, MONTH);
            return month.getYear() < FIRST_YEAR || month.getYear() > LAST_YEAR ? Optional.empty() : Optional.of(month);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public YearMonth thisMonth() {
        return YearMonth.from(clock.today());
    }

    @Transactional(readOnly = true)
    public Month of(YearMonth month) {
        LocalDateTime now = clock.now();
        LocalDate today = now.toLocalDate();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Map<LocalDate, List<CalendarEntry>> byDay = events.findCalendarEntries(first, last).stream()
                .collect(Collectors.groupingBy(CalendarEntry::day, java.util.TreeMap::new, Collectors.toList()));
        LocalDate start = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        LocalDate end = last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> withEvents = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weeks.add(new ArrayList<>());
            }
            boolean inMonth = YearMonth.from(d).equals(month);
            Day day = new Day(d, inMonth, d.equals(today), inMonth ? byDay.getOrDefault(d, List.of()) : List.of());
            weeks.get(weeks.size() - 1).add(day);
            if (!day.entries().isEmpty()) {
                withEvents.add(day);
            }
        }
        List<DayOfWeek> weekdays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            weekdays.add(DayOfWeek.SUNDAY.plus(i));
        }
        return new Month(month, today, now, weekdays, weeks, withEvents);
    }
}
