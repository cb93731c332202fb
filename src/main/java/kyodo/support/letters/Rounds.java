package kyodo.support.letters;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FiscalYear;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.support.letters.LetterForms.CeremonyForm;
import kyodo.support.letters.LetterForms.RoundForm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Staff open the nomination round of a fiscal year and record its ceremony. */
@Singleton
public class Rounds {

    private final LetterRoundRepository rounds;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    Rounds(LetterRoundRepository rounds, FormValidator validator, AuditLog audit, CityClock clock) {
        this.rounds = rounds;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<LetterRound> all() {
        return rounds.findAllNewestFirst();
    }

    @Transactional
    public Optional<LetterRound> find(long id) {
        return rounds.findById(id);
    }

    @Transactional
    public Optional<LetterRound> ofYear(int fiscalYear) {
        return rounds.findByFiscalYear(fiscalYear);
    }

    /** The round open today, or else this fiscal year's (to show when it opens or that it closed). */
    @Transactional
    public Optional<LetterRound> current() {
        return rounds.findOpenOn(clock.today()).or(() -> rounds.findByFiscalYear(clock.fiscalYear().startYear()));
    }

    /** A new round; one per fiscal year, the period inside it. Sent twice at once, it is opened once. */
    @Transactional
    public long open(RoundForm form, long staffId) {
        FieldErrors errors = validator.validate(form);
        LocalDate opens = date(errors, "opensOn", form.opensOn());
        LocalDate closes = date(errors, "closesOn", form.closesOn());
        if (opens != null && closes != null && closes.isBefore(opens)) {
            errors.add("closesOn", "sup.error.periodOrder");
        }
        if (!errors.has("fiscalYear") && opens != null && !new FiscalYear(Integer.parseInt(form.fiscalYear())).contains(opens)) {
            errors.add("opensOn", "sup.error.outsideYear", new FiscalYear(Integer.parseInt(form.fiscalYear())).label());
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        int year = Integer.parseInt(form.fiscalYear());
        if (rounds.findByFiscalYear(year).isPresent()) {
            throw new FormInvalidException("fiscalYear", "sup.error.roundExists");
        }
        try {
            LetterRound saved = rounds.save(new LetterRound(null, year, opens, closes, null, null, 1, staffId, clock.now()));
            audit.record(staffId, "sup.audit.roundOpened", "sup.audit.target.round", saved.id().toString(), Integer.toString(year));
            return saved.id();
        } catch (DataAccessException duplicate) {
            throw new FormInvalidException("fiscalYear", "sup.error.roundExists");
        }
    }

    @Transactional
    public void ceremony(long roundId, CeremonyForm form, long staffId) {
        LetterRound round = rounds.findByIdForUpdate(roundId).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        FieldErrors errors = validator.validate(form);
        LocalDate day = date(errors, "ceremonyOn", form.ceremonyOn());
        if (day != null && day.isBefore(round.closesOn())) {
            errors.add("ceremonyOn", "sup.error.ceremonyBeforeClose");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        rounds.setCeremony(roundId, day, form.ceremonyPlace());
        audit.record(staffId, "sup.audit.ceremonyRecorded", "sup.audit.target.round", Long.toString(roundId), day.toString());
    }

    static LocalDate date(FieldErrors errors, String field, String text) {
        if (errors.has(field) || text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, "core.error.date");
            return null;
        }
    }
}
