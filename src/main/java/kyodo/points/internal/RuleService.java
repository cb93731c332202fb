package kyodo.points.internal;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FiscalYear;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;

import java.sql.Connection;
import java.util.List;

/** The rules of each fiscal year: read, seeded for a new year from the previous one, changed by staff. */
@Singleton
public class RuleService {

    private final RuleSetRepository rules;
    private final TransactionOperations<Connection> transactions;
    private final AuditLog audit;
    private final CityClock clock;
    private final FormValidator validator;

    RuleService(RuleSetRepository rules, TransactionOperations<Connection> transactions, AuditLog audit, CityClock clock,
                FormValidator validator) {
        this.rules = rules;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
    }

    /** The rules of a year; a year without any gets the previous year's (or the defaults), once, whoever asks first. */
    public RuleSet rulesFor(FiscalYear year) {
        return rules.findById(year.startYear()).orElseGet(() -> seed(year));
    }

    private RuleSet seed(FiscalYear year) {
        RuleSet seeded = rules.findLatestBefore(year.startYear()).map(r -> r.forYear(year.startYear(), clock.now()))
                .orElseGet(() -> RuleSet.defaults(year.startYear(), clock.now()));
        try {
            transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW),
                    status -> rules.save(seeded));
        } catch (DataAccessException alreadySeeded) {
            // another request (or instance) seeded the year at the same moment
        }
        return rules.findById(year.startYear()).orElse(seeded);
    }

    @Transactional
    public List<RuleSet> all() {
        rulesFor(clock.fiscalYear());
        return rules.findAllOrderByFiscalYearDesc();
    }

    /** New rules for a year; points already posted keep what they were given. */
    @Transactional
    public void update(int year, RuleForm form, long actorId) {
        FieldErrors errors = validator.validate(form);
        java.time.LocalDate opens = null;
        java.time.LocalDate closes = null;
        try {
            opens = errors.has("exchangeOpensOn") ? null : java.time.LocalDate.parse(form.exchangeOpensOn());
            closes = errors.has("exchangeClosesOn") ? null : java.time.LocalDate.parse(form.exchangeClosesOn());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(opens == null ? "exchangeOpensOn" : "exchangeClosesOn", "core.error.date");
        }
        FiscalYear next = new FiscalYear(year).next();
        if (opens != null && !next.contains(opens)) {
            errors.add("exchangeOpensOn", "pts.error.windowYear", next.label());
        }
        if (opens != null && closes != null && closes.isBefore(opens)) {
            errors.add("exchangeClosesOn", "pts.error.windowOrder");
        }
        for (String field : java.util.List.of("dailyCap", "yearlyCap", "exchangeStep", "yenPerPoint")) {
            if (!errors.has(field) && "0".equals(field(form, field))) {
                errors.add(field, "core.error.min", 1);
            }
        }
        java.util.List<String> kinds = form.earningKinds() == null ? java.util.List.of() : form.earningKinds();
        if (kinds.stream().anyMatch(k -> java.util.Arrays.stream(RuleSet.Source.values()).noneMatch(s -> s.name().equals(k)))) {
            errors.add("earningKinds", "core.error.format");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        rulesFor(new FiscalYear(year));
        rules.update(new RuleSet(year, form.basis(), Integer.parseInt(form.pointsPerHour()), form.rounding(),
                Integer.parseInt(form.pointsPerActivity()), Integer.parseInt(form.longActivityMinutes()),
                Integer.parseInt(form.longActivityPoints()), Integer.parseInt(form.dailyCap()), Integer.parseInt(form.yearlyCap()),
                Integer.parseInt(form.yenPerPoint()), Integer.parseInt(form.exchangeStep()), opens, closes,
                form.carryOver() != null && !form.carryOver().isBlank(), String.join(",", kinds), actorId, clock.now()));
        audit.record(actorId, "pts.audit.rulesChanged", "pts.audit.target.rules", Integer.toString(year), null);
    }

    private static String field(RuleForm form, String name) {
        return switch (name) {
            case "dailyCap" -> form.dailyCap();
            case "yearlyCap" -> form.yearlyCap();
            case "exchangeStep" -> form.exchangeStep();
            default -> form.yenPerPoint();
        };
    }
}
