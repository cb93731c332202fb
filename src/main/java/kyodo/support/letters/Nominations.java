package kyodo.support.letters;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.JapaneseDates;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;
import kyodo.support.internal.SupportMails;
import kyodo.support.letters.LetterForms.NominationForm;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Citizens nominate a group or a person in the round's period, with their own name (no anonymous
 * nominations). One may nominate several, but not the same one twice: the nominee's key (the
 * directory group, or the name without spaces) is unique per nominator and round, so the same form
 * sent several times at once is one nomination.
 */
@Singleton
public class Nominations {

    private final LetterRoundRepository rounds;
    private final NominationRepository nominations;
    private final DirectoryApi directory;
    private final FormValidator validator;
    private final AuditLog audit;
    private final SupportMails mails;
    private final CityClock clock;

    Nominations(LetterRoundRepository rounds, NominationRepository nominations, DirectoryApi directory,
                FormValidator validator, AuditLog audit, SupportMails mails, CityClock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.directory = directory;
        this.validator = validator;
        this.audit = audit;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public long nominate(long nominatorId, NominationForm form) {
        LetterRound round = rounds.findOpenOn(clock.today()).orElse(null);
        if (round == null) {
            LetterRound thisYear = rounds.findByFiscalYear(clock.fiscalYear().startYear()).orElse(null);
            throw new FormInvalidException(thisYear == null ? FieldErrors.of(FieldErrors.FORM, "sup.error.noRound")
                    : new FieldErrors().add(FieldErrors.FORM, "sup.error.outsidePeriod",
                    JapaneseDates.wareki(thisYear.opensOn()) + "～" + JapaneseDates.wareki(thisYear.closesOn())));
        }
        FieldErrors errors = validator.validate(form);
        boolean group = "GROUP".equals(form.nomineeKind());
        String name = form.nomineeName();
        Long groupId = null;
        if (!errors.has("nomineeKind") && !errors.has("groupId") && form.groupId() != null) {
            if (!group) {
                errors.add("groupId", "sup.error.groupForPerson");
            } else {
                GroupSummary g = directory.findGroup(Long.parseLong(form.groupId())).filter(GroupSummary::approved).orElse(null);
                if (g == null) {
                    errors.add("groupId", "sup.error.chooseGroup");
                } else {
                    groupId = g.id();
                    name = g.name();
                }
            }
        }
        if (groupId == null && name == null && !errors.has("nomineeName") && !errors.has("groupId")) {
            errors.add("nomineeName", group ? "sup.error.groupName" : "sup.error.personName");
        }
        if (!errors.has("yearsActive") && Integer.parseInt(form.yearsActive()) < 1) {
            errors.add("yearsActive", "core.error.min", 1);
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        String key = groupId != null ? "G:" + groupId : "N:" + form.nomineeKind() + ":" + normalized(name);
        try {
            Nomination saved = nominations.save(new Nomination(null, round.id(), nominatorId, form.nominatorName(),
                    form.nomineeKind(), groupId, name, group ? null : form.nomineeKana(), key, form.reason(),
                    Integer.parseInt(form.yearsActive()), Nomination.Status.SUBMITTED.name(), null, null, null, false,
                    null, null, clock.now()));
            audit.record(nominatorId, "sup.audit.nominated", "sup.audit.target.nomination", saved.id().toString(), null);
            mails.nominated(nominatorId, name, round.year().warekiLabel());
            return saved.id();
        } catch (DataAccessException duplicate) {
            throw new FormInvalidException("nomineeName", "sup.error.alreadyNominated");
        }
    }

    @Transactional
    public List<Nomination> mine(long nominatorId) {
        return nominations.findByNominator(nominatorId);
    }

    /** 「さくら　太郎」 and 「さくら太郎」 are one person; full-width letters count as their ASCII form. */
    static String normalized(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
        return n.length() > 200 ? n.substring(0, 200) : n;
    }
}
