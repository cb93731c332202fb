package kyodo.plan.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reporting rounds: plan staff open one for a fiscal year of a plan, follow who has reported
 * (提出済み / 差戻し / 未提出), remind the departments that have not, and close it.
 */
@Singleton
public class Rounds {

    static final String TARGET = "pln.audit.target.round";

    /** Where an item stands in a round. */
    public enum State {
        MISSING, SUBMITTED, RETURNED, APPROVED;

        public String labelKey() {
            return "pln.progress." + name();
        }

        static State of(Result r) {
            if (r == null || r.statusValue() == Result.Status.DRAFT) {
                return MISSING;
            }
            return switch (r.statusValue()) {
                case SUBMITTED -> SUBMITTED;
                case RETURNED -> RETURNED;
                default -> APPROVED;
            };
        }
    }

    public record Line(Item item, Department department, State state, Result result) {
    }

    public record DepartmentLine(Department department, int items, int submitted, int returned, int missing, int members,
                                 LocalDateTime remindedAt) {
        public boolean behind() {
            return missing + returned > 0;
        }
    }

    public record Progress(Plan plan, Round round, List<Line> lines, List<DepartmentLine> departments) {
        public long count(State state) {
            return lines.stream().filter(l -> l.state() == state).count();
        }

        public long submitted() {
            return count(State.SUBMITTED);
        }

        public long returned() {
            return count(State.RETURNED);
        }

        public long missing() {
            return count(State.MISSING);
        }

        public long approved() {
            return count(State.APPROVED);
        }
    }

    private final RoundRepository rounds;
    private final PlanRepository plans;
    private final ResultRepository results;
    private final Plans planBooks;
    private final DepartmentRepository departments;
    private final PlanMails mails;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    Rounds(RoundRepository rounds, PlanRepository plans, ResultRepository results, Plans planBooks,
           DepartmentRepository departments, PlanMails mails, FormValidator validator, AuditLog audit, CityClock clock) {
        this.rounds = rounds;
        this.plans = plans;
        this.results = results;
        this.planBooks = planBooks;
        this.departments = departments;
        this.mails = mails;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Round> ofPlan(long planId) {
        return rounds.ofPlan(planId);
    }

    @Transactional
    public List<Round> open() {
        return rounds.findOpen();
    }

    @Transactional
    public Optional<Round> find(long roundId) {
        return rounds.findById(roundId);
    }

    @Transactional
    public Optional<Round> of(long planId, int fiscalYear) {
        return rounds.findByPlanIdAndFiscalYear(planId, fiscalYear);
    }

    @Transactional
    public long openRound(long planId, RoundForm form, long actorId) {
        Plan plan = plans.findByIdForUpdate(planId).orElseThrow(Plans::notFound);
        FieldErrors errors = validator.validate(form);
        LocalDate due = null;
        if (!errors.has("dueOn")) {
            try {
                due = LocalDate.parse(form.dueOn());
            } catch (DateTimeParseException e) {
                errors.add("dueOn", "core.error.date");
            }
        }
        if (!errors.has("fiscalYear")) {
            int year = Integer.parseInt(form.fiscalYear());
            if (!plan.covers(year)) {
                errors.add("fiscalYear", "pln.error.yearOutsidePeriod", plan.firstYear() + "\u2013" + plan.lastYear());
            } else if (rounds.findByPlanIdAndFiscalYear(planId, year).isPresent()) {
                errors.add("fiscalYear", "pln.error.roundExists");
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        Round saved = rounds.save(new Round(null, planId, Integer.parseInt(form.fiscalYear()), due, Round.OPEN, actorId,
                clock.now(), null));
        audit.record(actorId, "pln.audit.roundOpened", TARGET, saved.id().toString(), form.fiscalYear());
        return saved.id();
    }

    @Transactional
    public void close(long roundId, long actorId) {
        if (rounds.close(roundId, clock.now()) > 0) {
            audit.record(actorId, "pln.audit.roundClosed", TARGET, Long.toString(roundId), null);
        }
    }

    @Transactional
    public void reopen(long roundId, long actorId) {
        if (rounds.reopen(roundId) > 0) {
            audit.record(actorId, "pln.audit.roundReopened", TARGET, Long.toString(roundId), null);
        }
    }

    @Transactional
    public Progress progress(long roundId) {
        Round round = rounds.findById(roundId).orElseThrow(Plans::notFound);
        Plan plan = plans.findById(round.planId()).orElseThrow(Plans::notFound);
        PlanBook book = planBooks.book(plan, round.fiscalYear(), false);
        List<Line> lines = new ArrayList<>();
        for (Item item : book.items()) {
            if (book.reportable(item)) {
                Result r = book.result(item);
                lines.add(new Line(item, book.department(item), State.of(r), r));
            }
        }
        Map<Long, LocalDateTime> reminded = new LinkedHashMap<>();
        rounds.lastReminders(roundId).forEach(r -> reminded.put(r.id(), r.sentAt()));
        Map<Department, List<Line>> byDepartment = new LinkedHashMap<>();
        lines.stream().sorted(java.util.Comparator.comparing(l -> l.department().name()))
                .forEach(l -> byDepartment.computeIfAbsent(l.department(), d -> new ArrayList<>()).add(l));
        List<DepartmentLine> depts = new ArrayList<>();
        byDepartment.forEach((d, ls) -> depts.add(new DepartmentLine(d, ls.size(),
                (int) ls.stream().filter(l -> l.state() == State.SUBMITTED || l.state() == State.APPROVED).count(),
                (int) ls.stream().filter(l -> l.state() == State.RETURNED).count(),
                (int) ls.stream().filter(l -> l.state() == State.MISSING).count(),
                departments.members(d.id()).size(), reminded.get(d.id()))));
        return new Progress(plan, round, lines, depts);
    }

    /** Mails every member of each department with items not reported yet (or sent back); returns how many departments. */
    @Transactional
    public int remind(long roundId, long actorId) {
        Progress p = progress(roundId);
        if (!p.round().open()) {
            throw new FormInvalidException(FieldErrors.FORM, "pln.error.roundClosed");
        }
        int reminded = 0;
        for (DepartmentLine d : p.departments()) {
            List<Long> members = departments.members(d.department().id());
            if (!d.behind() || members.isEmpty()) {
                continue;
            }
            List<Item> open = p.lines().stream().filter(l -> l.department().equals(d.department())
                    && (l.state() == State.MISSING || l.state() == State.RETURNED)).map(Line::item).toList();
            mails.remind(members, p.plan(), p.round(), d.department(), open);
            rounds.addReminder(roundId, d.department().id(), actorId, clock.now());
            reminded++;
        }
        audit.record(actorId, "pln.audit.reminded", TARGET, Long.toString(roundId), Integer.toString(reminded));
        return reminded;
    }
}
