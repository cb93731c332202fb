package kyodo.points.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FiscalYear;
import kyodo.core.FormInvalidException;
import kyodo.points.internal.LedgerAccount.Kind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Reads a volunteer's booklet, and makes the manual adjustments staff record with a reason. */
@Singleton
public class BookletService {

    private static final int HISTORY = 200;

    private final LedgerAccountRepository accounts;
    private final TransferRepository transfers;
    private final AwardRepository awards;
    private final ExchangeRequestRepository requests;
    private final Ledger ledger;
    private final RuleService rules;
    private final AuditLog audit;
    private final CityClock clock;

    BookletService(LedgerAccountRepository accounts, TransferRepository transfers, AwardRepository awards,
                   ExchangeRequestRepository requests, Ledger ledger, RuleService rules, AuditLog audit, CityClock clock) {
        this.accounts = accounts;
        this.transfers = transfers;
        this.awards = awards;
        this.requests = requests;
        this.ledger = ledger;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The booklet of a year (the current one when {@code year} is null or one the person has no account in). */
    @Transactional
    public Booklet booklet(long volunteerId, Integer year) {
        List<LedgerAccount> all = accounts.findOfVolunteer(volunteerId);
        int current = clock.fiscalYear().startYear();
        List<Integer> years = new ArrayList<>(all.stream().map(LedgerAccount::fiscalYear).toList());
        if (!years.contains(current)) {
            years.add(0, current);
        }
        int fy = year != null && years.contains(year) ? year : current;
        RuleSet r = rules.rulesFor(new FiscalYear(fy));
        LedgerAccount account = all.stream().filter(a -> a.fiscalYear() == fy).findFirst().orElse(null);
        List<Booklet.Line> lines = new ArrayList<>();
        for (Award a : awards.findOfVolunteer(volunteerId, fy, HISTORY)) {
            lines.add(new Booklet.Line(a.activityDate(), a.createdAt(), "pts.source." + a.sourceType(), a.label(),
                    a.pointsAwarded(), a.pointsOverCap(), a.reversedPoints() > 0 ? "pts.history.reversed" : null));
        }
        if (account != null) {
            for (Transfer t : transfers.findOfAccount(account.id(), HISTORY)) {
                if (!Transfer.Kind.AWARD.name().equals(t.kind())) {
                    int sign = t.toAccountId() == account.id() ? 1 : -1;
                    lines.add(new Booklet.Line(t.createdAt().toLocalDate(), t.createdAt(), "pts.transfer." + t.kind(),
                            t.reason() == null ? "" : t.reason(), sign * t.points(), 0, null));
                }
            }
        }
        lines.sort(Comparator.comparing(Booklet.Line::at).reversed());
        return new Booklet(fy, account == null ? 0 : account.balance(), requests.heldPoints(volunteerId, fy),
                fy == current ? awards.standingOnDay(volunteerId, clock.today()) : 0, r.dailyCap(),
                awards.standingInYear(volunteerId, fy), r.yearlyCap(), r, lines, years);
    }

    /**
     * This year's figures without the history, for the home page: the balance, what is held for exchanges and
     * what the caps leave today and this year. Null while the person has no points this year.
     */
    @Transactional
    public Booklet standing(long volunteerId) {
        int fy = clock.fiscalYear().startYear();
        LedgerAccount account = accounts.findOfVolunteer(volunteerId).stream()
                .filter(a -> a.fiscalYear() == fy).findFirst().orElse(null);
        int usedThisYear = awards.standingInYear(volunteerId, fy);
        if (account == null && usedThisYear == 0) {
            return null;
        }
        RuleSet r = rules.rulesFor(new FiscalYear(fy));
        return new Booklet(fy, account == null ? 0 : account.balance(), requests.heldPoints(volunteerId, fy),
                awards.standingOnDay(volunteerId, clock.today()), r.dailyCap(), usedThisYear, r.yearlyCap(), r,
                List.of(), List.of(fy));
    }

    /** Staff add (positive) or take back (negative) points, with the reason; outside the caps, never below zero. */
    @Transactional
    public void adjust(long volunteerId, int fiscalYear, int points, String reason, long staffId) {
        String why = reason == null ? "" : reason.strip();
        FieldErrors errors = new FieldErrors();
        if (points == 0) {
            errors.add("adjustPoints", "pts.error.adjustZero");
        }
        if (why.isEmpty()) {
            errors.add("adjustReason", "core.error.required");
        } else if (why.length() > 500) {
            errors.add("adjustReason", "core.error.tooLong", 500);
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        LedgerAccount account = ledger.lockVolunteer(volunteerId, fiscalYear);
        String key = "adjust:" + UUID.randomUUID();
        if (points > 0) {
            ledger.move(ledger.issuer(), account, points, Transfer.Kind.ADJUSTMENT, key, null, why, staffId);
        } else {
            if (account.balance() + points < 0) {
                throw new FormInvalidException(new FieldErrors().add("adjustPoints", "pts.error.overBalance", account.balance()));
            }
            ledger.move(account, ledger.issuer(), -points, Transfer.Kind.ADJUSTMENT, key, null, why, staffId);
        }
        audit.record(staffId, "pts.audit.adjusted", "pts.audit.target.volunteer", Long.toString(volunteerId),
                fiscalYear + " " + points + " " + why);
    }

    /** Current-year balance, for the home page and the API. */
    @Transactional
    public long balance(long volunteerId, int fiscalYear) {
        return accounts.findByKindAndOwnerIdAndFiscalYear(Kind.VOLUNTEER.name(), volunteerId, fiscalYear)
                .map(LedgerAccount::balance).orElse(0L);
    }
}
