package kyodo.support.letters;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.support.letters.LetterForms.VoteForm;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The promotion committee's screening (選定審査): each member votes on each nomination — recommend,
 * not recommend, or not eligible — until staff record the decision. Voting again changes the vote.
 */
@Singleton
public class Committee {

    /** A nomination with its votes counted and this member's own vote. */
    public record Line(Nomination nomination, NominationRepository.Tally tally, String myVote) {
    }

    private final NominationRepository nominations;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    Committee(NominationRepository nominations, FormValidator validator, AuditLog audit, CityClock clock) {
        this.nominations = nominations;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every nomination of a round with its tally; {@code memberId} null for staff (no own vote). */
    @Transactional
    public List<Line> lines(long roundId, Long memberId) {
        Map<Long, NominationRepository.Tally> tallies = nominations.tallies(roundId).stream()
                .collect(Collectors.toMap(NominationRepository.Tally::nominationId, Function.identity()));
        return nominations.findByRound(roundId).stream().map(n -> new Line(n,
                tallies.getOrDefault(n.id(), new NominationRepository.Tally(n.id(), 0, 0, 0)),
                memberId == null ? "" : nominations.voteOf(n.id(), memberId))).toList();
    }

    @Transactional
    public long roundOf(long nominationId) {
        return nominations.findById(nominationId).map(Nomination::roundId).orElseThrow();
    }

    @Transactional
    public Long roundOfOrNull(long nominationId) {
        return nominations.findById(nominationId).map(Nomination::roundId).orElse(null);
    }

    @Transactional
    public void vote(long nominationId, long memberId, VoteForm form) {
        FieldErrors errors = validator.validate(form);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        Nomination n = nominations.findByIdForUpdate(nominationId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (!n.open()) {
            throw new FormInvalidException(FieldErrors.FORM, "sup.error.alreadyDecided");
        }
        nominations.vote(nominationId, memberId, form.vote(), form.comment(), clock.now());
        audit.record(memberId, "sup.audit.voted", "sup.audit.target.nomination", Long.toString(nominationId), form.vote());
    }
}
