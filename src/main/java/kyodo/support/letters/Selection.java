package kyodo.support.letters;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;

import java.util.Optional;

/**
 * Staff record the committee's selection: a selected nomination is a recipient with the round's next
 * certificate number (taken under the round's lock, so two selections never share one); and whether
 * the recipient agreed to be published.
 */
@Singleton
public class Selection {

    private final LetterRoundRepository rounds;
    private final NominationRepository nominations;
    private final AuditLog audit;
    private final CityClock clock;

    Selection(LetterRoundRepository rounds, NominationRepository nominations, AuditLog audit, CityClock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Optional<Nomination> find(long nominationId) {
        return nominations.findById(nominationId);
    }

    @Transactional
    public void select(long nominationId, boolean selected, long staffId) {
        Nomination n = nominations.findById(nominationId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        LetterRound round = rounds.findByIdForUpdate(n.roundId()).orElseThrow();
        if (!round.closedOn(clock.today())) {
            throw new FormInvalidException(FieldErrors.FORM, "sup.error.roundStillOpen");
        }
        Integer number = selected ? round.nextNumber() : null;
        if (nominations.decide(nominationId, selected ? Nomination.Status.SELECTED.name() : Nomination.Status.NOT_SELECTED.name(),
                staffId, clock.now(), number) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "sup.error.alreadyDecided");
        }
        if (selected) {
            rounds.takeNumber(round.id());
        }
        audit.record(staffId, selected ? "sup.audit.selected" : "sup.audit.notSelected", "sup.audit.target.nomination",
                Long.toString(nominationId), number == null ? null : Integer.toString(number));
    }

    @Transactional
    public void consent(long nominationId, boolean consent, long staffId) {
        if (nominations.recordConsent(nominationId, consent, staffId, clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "sup.error.notRecipient");
        }
        audit.record(staffId, "sup.audit.consentRecorded", "sup.audit.target.nomination", Long.toString(nominationId),
                Boolean.toString(consent));
    }
}
