package kyodo.support.letters;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.JapaneseDates;
import kyodo.core.KyodoSettings;
import kyodo.support.internal.SupportSettings;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The certificate (感謝状) of a recipient: the number, the name, the 和暦 date of the ceremony (or of the
 * selection when no ceremony is set) and the mayor's name from the settings, as the printable page and
 * the PDF show it.
 */
@Singleton
public class Certificates {

    /** What a certificate says. */
    public record Certificate(long nominationId, int fiscalYear, String yearLabel, int number, String recipientName, boolean group,
                              int yearsActive, LocalDate date, String warekiDate, String cityName, String mayorName) {
    }

    private final NominationRepository nominations;
    private final LetterRoundRepository rounds;
    private final SupportSettings settings;
    private final KyodoSettings kyodo;
    private final AuditLog audit;

    Certificates(NominationRepository nominations, LetterRoundRepository rounds, SupportSettings settings, KyodoSettings kyodo,
                 AuditLog audit) {
        this.nominations = nominations;
        this.rounds = rounds;
        this.settings = settings;
        this.kyodo = kyodo;
        this.audit = audit;
    }

    /** The certificate of a selected nomination; empty for any other. */
    @Transactional
    public Optional<Certificate> of(long nominationId, long staffId) {
        return nominations.findById(nominationId).filter(Nomination::selected).map(n -> {
            LetterRound round = rounds.findById(n.roundId()).orElseThrow();
            LocalDate day = round.ceremonyOn() != null ? round.ceremonyOn() : n.decidedAt().toLocalDate();
            audit.record(staffId, "sup.audit.certificatePrinted", "sup.audit.target.nomination", Long.toString(nominationId), null);
            return new Certificate(n.id(), round.fiscalYear(), round.year().warekiLabel(), n.certificateNumber(), n.nomineeName(), n.group(), n.yearsActive(),
                    day, JapaneseDates.wareki(day), kyodo.getCityName(), settings.getMayorName());
        });
    }
}
