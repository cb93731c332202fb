package kyodo.points.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.CityClock;
import kyodo.core.FiscalYear;
import kyodo.points.internal.RuleSet.Source;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Gives points for an activity by the year's rules, within the daily and yearly caps, and takes
 * them back when the activity is corrected. Each runs in one transaction under the row lock of the
 * volunteer's account for that year, so awards arriving at the same moment (on any instance) are
 * counted one after the other and never pass a cap; each source is awarded once (its key).
 */
@Singleton
public class AwardService {

    /** An earning source as the listeners and the activity check describe it. */
    public record Earning(Source source, long sourceId, String sourceKey, long volunteerId, LocalDate date, int minutes,
                          @Nullable Long hostGroupId, String label, @Nullable Integer fixedPoints) {
    }

    private final AwardRepository awards;
    private final Ledger ledger;
    private final RuleService rules;
    private final AccountsApi accounts;
    private final CityClock clock;

    AwardService(AwardRepository awards, Ledger ledger, RuleService rules, AccountsApi accounts, CityClock clock) {
        this.awards = awards;
        this.ledger = ledger;
        this.rules = rules;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The award of this source: made now, or the one made before (a second delivery changes nothing). */
    @Transactional
    public Optional<Award> award(Earning e) {
        FiscalYear year = FiscalYear.of(e.date());
        RuleSet r = rules.rulesFor(year);
        if (!r.earns(e.source())) {
            return Optional.empty();
        }
        LedgerAccount account = ledger.lockVolunteer(e.volunteerId(), year.startYear());
        Optional<Award> before = awards.findBySourceKey(e.sourceKey());
        if (before.isPresent()) {
            return before;
        }
        int earned = PointRules.earned(r, e.minutes(), e.fixedPoints());
        PointRules.Fit fit = PointRules.fit(earned, awards.standingOnDay(e.volunteerId(), e.date()), r.dailyCap(),
                awards.standingInYear(e.volunteerId(), year.startYear()), r.yearlyCap());
        Long transferId = null;
        if (fit.awarded() > 0) {
            transferId = ledger.move(ledger.issuer(), account, fit.awarded(), Transfer.Kind.AWARD, e.sourceKey(), null,
                    null, null).id();
        }
        String district = accounts.find(e.volunteerId()).map(AccountSummary::area).orElse(null);
        return Optional.of(awards.save(new Award(null, e.sourceKey(), e.source().name(), e.sourceId(), e.volunteerId(),
                year.startYear(), e.date(), e.minutes(), e.hostGroupId(), district, e.label(), earned, fit.awarded(),
                fit.overCap(), 0, transferId, clock.now())));
    }

    /**
     * Takes back the award of {@code awardKey} (the activity did not happen as recorded): what still
     * stands returns to the issuer, as far as the balance holds it (points already exchanged stay
     * exchanged, and the reason says so). The award's own fiscal year is the one locked and debited,
     * whatever day the correction names. Once reversed an award stands at zero, so a second call does nothing.
     */
    @Transactional
    public int reverse(String awardKey, String reversalKey, String reason, @Nullable Long by) {
        Optional<Award> seen = awards.findBySourceKey(awardKey);
        if (seen.isEmpty()) {
            return 0;
        }
        LedgerAccount account = ledger.lockVolunteer(seen.get().volunteerId(), seen.get().fiscalYear());
        // Read again under the lock: another reversal may have come first.
        Optional<Award> found = awards.findBySourceKey(awardKey).filter(a -> a.standing() > 0);
        if (found.isEmpty()) {
            return 0;
        }
        Award award = found.get();
        int points = (int) Math.min(award.standing(), account.balance());
        if (points > 0) {
            String note = points < award.standing() ? reason + " (" + (award.standing() - points) + " already used)" : reason;
            ledger.move(account, ledger.issuer(), points, Transfer.Kind.REVERSAL, reversalKey, award.transferId(), note, by);
        }
        awards.addReversed(award.id(), award.standing());
        return points;
    }

    /** The awards of one source (all revisions of a match), for the listeners that correct them. */
    @Transactional
    public java.util.List<Award> ofSource(Source source, long sourceId) {
        return awards.findBySourceTypeAndSourceId(source.name(), sourceId);
    }
}
