package kyodo.points.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FiscalYear;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;

import kyodo.points.internal.ExchangeRequest.Status;
import kyodo.points.internal.LedgerAccount.Kind;

import java.util.List;

/**
 * Exchanging a year's points in its window (the following spring): a volunteer asks, in the rule's
 * steps, for vouchers, cash or a donation to a registered group; staff approve, and only then do the
 * points move. What is asked for is held: two requests can never ask for the same points. Points are
 * never given to another person.
 */
@Singleton
public class ExchangeService {

    private final ExchangeRequestRepository requests;
    private final Ledger ledger;
    private final RuleService rules;
    private final DirectoryApi directory;
    private final FormValidator validator;
    private final AuditLog audit;
    private final PointsMails mails;
    private final CityClock clock;

    ExchangeService(ExchangeRequestRepository requests, Ledger ledger, RuleService rules, DirectoryApi directory,
                    FormValidator validator, AuditLog audit, PointsMails mails, CityClock clock) {
        this.mails = mails;
        this.requests = requests;
        this.ledger = ledger;
        this.rules = rules;
        this.directory = directory;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** Points of a year the volunteer may still ask for: the balance less what other requests hold. */
    @Transactional
    public int available(long volunteerId, int fiscalYear) {
        return (int) ledger.balance(volunteerId, fiscalYear) - requests.heldPoints(volunteerId, fiscalYear);
    }

    @Transactional
    public long request(long volunteerId, ExchangeForm form) {
        FieldErrors errors = validator.validate(form);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        int year = Integer.parseInt(form.fiscalYear());
        RuleSet r = rules.rulesFor(new FiscalYear(year));
        if (!r.exchangeOpen(clock.today())) {
            throw new FormInvalidException(FieldErrors.FORM, "pts.error.windowClosed");
        }
        ExchangeRequest.Kind kind = ExchangeRequest.Kind.valueOf(form.kind());
        Long groupId = null;
        if (kind == ExchangeRequest.Kind.DONATION) {
            if (form.groupId() == null || directory.findGroup(Long.parseLong(form.groupId())).filter(GroupSummary::approved).isEmpty()) {
                throw new FormInvalidException("groupId", "pts.error.chooseGroup");
            }
            groupId = Long.parseLong(form.groupId());
        }
        int points = Integer.parseInt(form.points());
        if (!PointRules.inSteps(points, r.exchangeStep())) {
            throw new FormInvalidException(FieldErrors.of("points", "pts.error.steps").add("points", "pts.error.steps", r.exchangeStep()));
        }
        LedgerAccount account = ledger.lockVolunteer(volunteerId, year);
        int available = (int) account.balance() - requests.heldPoints(volunteerId, year);
        if (points > available) {
            throw new FormInvalidException(FieldErrors.of("points", "pts.error.overBalance").add("points", "pts.error.overBalance", Math.max(0, available)));
        }
        ExchangeRequest saved = requests.save(new ExchangeRequest(null, volunteerId, year, kind.name(), points,
                PointRules.yen(points, r.yenPerPoint()), groupId, Status.REQUESTED.name(), clock.now(), null, null, null, null));
        audit.record(volunteerId, "pts.audit.exchangeRequested", "pts.audit.target.exchange", saved.id().toString(),
                kind.name() + " " + points);
        return saved.id();
    }

    /** The volunteer takes back a request not yet decided. */
    @Transactional
    public void withdraw(long volunteerId, long requestId) {
        ExchangeRequest r = requests.findByIdForUpdate(requestId).filter(x -> x.volunteerId() == volunteerId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "pts.error.alreadyDecided"));
        if (requests.decide(r.id(), Status.WITHDRAWN.name(), volunteerId, clock.now(), null, null) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "pts.error.alreadyDecided");
        }
    }

    /** Approves requests (a bulk approval); each moves its points, or is left as it was and named in the result. */
    @Transactional
    public int approve(List<Long> requestIds, long staffId) {
        int approved = 0;
        for (long id : requestIds) {
            ExchangeRequest r = requests.findByIdForUpdate(id).orElse(null);
            if (r == null || !Status.REQUESTED.name().equals(r.status())) {
                continue;
            }
            boolean donation = ExchangeRequest.Kind.DONATION.name().equals(r.kind());
            LedgerAccount to = donation ? ledger.account(Kind.DONATION, r.groupId(), r.fiscalYear())
                    : ledger.account(Kind.EXCHANGE, 0, r.fiscalYear());
            LedgerAccount from = ledger.lockVolunteer(r.volunteerId(), r.fiscalYear());
            if (from.balance() < r.points()) {
                continue;
            }
            Transfer t = ledger.move(from, to, r.points(), donation ? Transfer.Kind.DONATION : Transfer.Kind.EXCHANGE,
                    "exchange:" + r.id(), null, null, staffId);
            requests.decide(r.id(), Status.APPROVED.name(), staffId, clock.now(), null, t.id());
            mails.exchangeApproved(r);
            approved++;
        }
        audit.record(staffId, "pts.audit.exchangesApproved", "pts.audit.target.exchange", null, approved + " of " + requestIds.size());
        return approved;
    }

    @Transactional
    public void reject(long requestId, long staffId, String note) {
        String why = note == null ? "" : note.strip();
        if (why.isEmpty()) {
            throw new FormInvalidException("decisionNote", "core.error.required");
        }
        if (why.length() > 500) {
            throw new FormInvalidException(new FieldErrors().add("decisionNote", "core.error.tooLong", 500));
        }
        if (requests.decide(requestId, Status.REJECTED.name(), staffId, clock.now(), why, null) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "pts.error.alreadyDecided");
        }
        audit.record(staffId, "pts.audit.exchangeRejected", "pts.audit.target.exchange", Long.toString(requestId), why);
        requests.findById(requestId).ifPresent(r -> mails.exchangeRejected(r, why));
    }

    @Transactional
    public List<ExchangeRequest> ofVolunteer(long volunteerId) {
        return requests.findOfVolunteer(volunteerId);
    }

    @Transactional
    public List<ExchangeRequest> ofYear(int fiscalYear, String status) {
        return requests.findOfYear(fiscalYear, status == null ? "" : status);
    }
}
