package kyodo.points.internal;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.FiscalYear;
import kyodo.points.internal.LedgerAccount.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The year end of points: once a year's exchange window has closed, what is left in its volunteer
 * accounts expires (or carries over into the next year where the rules say so), less what open
 * exchange requests still hold. Idempotent and safe with several instances: each account is moved
 * under its row lock with the key {@code year-end:<account>}, in batches of one transaction each
 * (a batch's accounts locked together).
 */
@Singleton
public class YearEndJob {

    /** What one run did. */
    public record Result(int fiscalYear, int accounts, long points) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(YearEndJob.class);
    private static final int BATCH = 500;

    private final LedgerAccountRepository accounts;
    private final ExchangeRequestRepository requests;
    private final TransferRepository transfers;
    private final YearEnd.Repository yearEnds;
    private final Ledger ledger;
    private final RuleService rules;
    private final TransactionOperations<Connection> transactions;
    private final CityClock clock;

    YearEndJob(LedgerAccountRepository accounts, ExchangeRequestRepository requests, TransferRepository transfers,
               YearEnd.Repository yearEnds, Ledger ledger, RuleService rules, TransactionOperations<Connection> transactions,
               CityClock clock) {
        this.accounts = accounts;
        this.requests = requests;
        this.transfers = transfers;
        this.yearEnds = yearEnds;
        this.ledger = ledger;
        this.rules = rules;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Every night: the year whose window closed (last year's, from June on) and has not been closed yet. */
    @Scheduled(cron = "${kyodo.points.year-end-cron:0 30 3 * * *}")
    void nightly() {
        FiscalYear last = clock.fiscalYear().previous();
        if (yearEnds.existsById(last.startYear()) || !windowClosed(last)) {
            return;
        }
        try {
            run(last);
        } catch (RuntimeException e) {
            LOG.warn("Points year end {} stopped, it continues the next night: {}", last.startYear(), e.toString());
        }
    }

    public boolean windowClosed(FiscalYear year) {
        return clock.today().isAfter(transactions.executeRead(s -> rules.rulesFor(year)).exchangeClosesOn());
    }

    /** Closes the year; refuses while its window is open. Running it again moves nothing more. */
    public Result run(FiscalYear year) {
        if (!windowClosed(year)) {
            throw new IllegalStateException("The exchange window of " + year.startYear() + " has not closed");
        }
        boolean carryOver = transactions.executeRead(s -> rules.rulesFor(year)).carryOver();
        long afterId = 0;
        int moved = 0;
        long points = 0;
        while (true) {
            long from = afterId;
            Batch batch = transactions.executeWrite(status -> batch(year.startYear(), from, carryOver));
            if (batch.lastId() == from) {
                break;
            }
            moved += batch.moved();
            points += batch.points();
            afterId = batch.lastId();
        }
        int accountsMoved = moved;
        long pointsMoved = points;
        transactions.executeWrite(s -> yearEnds.record(year.startYear(), accountsMoved, pointsMoved, clock.now()));
        return new Result(year.startYear(), accountsMoved, pointsMoved);
    }

    private record Batch(int moved, long points, long lastId) {
    }

    /**
     * The accounts after {@code afterId}, up to one batch; {@code lastId} stays {@code afterId} when none are left.
     * The batch's accounts are locked in one statement (in id order, like every other writer that locks
     * only one), and what they hold and which were closed before are read once for the batch after the
     * lock: per account only the transfer and its balance change remain.
     */
    private Batch batch(int year, long afterId, boolean carryOver) {
        List<LedgerAccount> batch = accounts.findWithPointsLeft(year, afterId, BATCH);
        if (batch.isEmpty()) {
            return new Batch(0, 0, afterId);
        }
        long lastId = batch.get(batch.size() - 1).id();
        LedgerAccount target = carryOver ? null : ledger.account(Kind.EXPIRED, 0, year);
        if (carryOver) {
            // Next year's accounts exist before this batch locks any row (see Ledger.account).
            batch.forEach(a -> ledger.ensureVolunteer(a.ownerId(), year + 1));
        }
        List<LedgerAccount> locked = accounts.findForUpdateByIds(batch.stream().map(LedgerAccount::id).toList());
        Map<Long, Integer> held = new HashMap<>();
        requests.findRequestedOf(year, locked.stream().map(LedgerAccount::ownerId).distinct().toList())
                .forEach(r -> held.merge(r.volunteerId(), r.points(), Integer::sum));
        Set<String> closed = new HashSet<>(transfers.findPostedKeys(locked.stream().map(a -> "year-end:" + a.id()).toList()));
        int moved = 0;
        long points = 0;
        for (LedgerAccount account : locked) {
            String key = "year-end:" + account.id();
            int left = (int) account.balance() - held.getOrDefault(account.ownerId(), 0);
            if (left <= 0 || closed.contains(key)) {
                continue;
            }
            if (carryOver) {
                ledger.move(account, ledger.lockVolunteer(account.ownerId(), year + 1), left, Transfer.Kind.CARRY_OVER, key,
                        null, null, null);
            } else {
                ledger.move(account, target, left, Transfer.Kind.EXPIRY, key, null, null, null);
            }
            moved++;
            points += left;
        }
        return new Batch(moved, points, lastId);
    }
}
