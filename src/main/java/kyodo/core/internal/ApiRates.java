package kyodo.core.internal;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API's rate limits: calls a minute per key (a token, a client address), counted in memory on the request's
 * thread with no database work, and shared with the other app instances on the database through
 * {@code core_api_rate}. Every 200 ms a background job ({@link #flush}) adds what this instance counted since
 * its last flush to the shared rows in one multi-row upsert and reads back the shared totals of those keys.
 * <p>
 * On one instance the limit is exact: a call sees every earlier call of the minute. With several instances, a
 * call sees the other instances' calls as of this instance's last flush of that key: two instances share a limit
 * with a lag of at most one flush (together they may let through the calls one instance takes in one flush
 * interval beyond the limit, and never refuse a call under it).
 */
@Singleton
public class ApiRates {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRates.class);
    private static final int MAX_KEY = 100;
    private static final int READ_BACK_CHUNK = 500;

    /** One key's count in its current window; changed only inside the map's compute methods (under its lock). */
    private static final class Counter {
        LocalDateTime window;
        /** Every instance's calls of the window as read back by the last flush. */
        long shared;
        /** This instance's calls being flushed now. */
        long flushing;
        /** This instance's calls since the last flush began. */
        long pending;

        long count() {
            return shared + flushing + pending;
        }
    }

    private record Flushed(String key, LocalDateTime window, long calls) {
    }

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final ApiRateRepository rates;
    private final CityClock clock;
    private final TransactionOperations<Connection> transactions;

    ApiRates(ApiRateRepository rates, CityClock clock, TransactionOperations<Connection> transactions) {
        this.rates = rates;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Counts a call against {@code key}; empty while within {@code limit} calls this minute, else the seconds
     * until the next window (for {@code Retry-After}). A refused call counts too, as it always has.
     */
    public OptionalLong hit(String key, int limit) {
        LocalDateTime now = clock.now();
        LocalDateTime window = now.truncatedTo(ChronoUnit.MINUTES);
        String k = key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
        long[] reached = new long[1];
        counters.compute(k, (name, counter) -> {
            Counter c = counter == null ? new Counter() : counter;
            if (!window.equals(c.window)) {
                // A new minute (or the clock set back in a test): the old window's counts no longer matter.
                c.window = window;
                c.shared = 0;
                c.flushing = 0;
                c.pending = 0;
            }
            c.pending++;
            reached[0] = c.count();
            return c;
        });
        if (reached[0] <= limit) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.between(now, window.plusMinutes(1)).toSeconds() + 1));
    }

    /**
     * Adds this instance's counts since the last flush to the shared rows and reads back the totals (every
     * instance's) of the keys flushed; forgets counters of past windows with nothing left to flush. Returns how
     * many keys were flushed. Runs in the background, one flush at a time; tests call it to see the rows at once.
     */
    @Scheduled(fixedDelay = "${kyodo.api.rate.flush-every:200ms}", initialDelay = "1s")
    public synchronized int flush() {
        List<Flushed> taken = new ArrayList<>();
        for (String key : List.copyOf(counters.keySet())) {
            counters.computeIfPresent(key, (k, c) -> {
                if (c.pending > 0) {
                    taken.add(new Flushed(k, c.window, c.pending));
                    c.flushing += c.pending;
                    c.pending = 0;
                    return c;
                }
                // Nothing new: a counter of a past minute is forgotten (its row is written already).
                boolean past = c.flushing == 0 && c.window.isBefore(clock.now().truncatedTo(ChronoUnit.MINUTES));
                return past ? null : c;
            });
        }
        if (taken.isEmpty()) {
            return 0;
        }
        // The same order on every instance, so two flushes at once lock the rows in the same order.
        taken.sort(Comparator.comparing(Flushed::key));
        Map<String, ApiRate> totals = new HashMap<>();
        try {
            write(taken, totals);
        } catch (RuntimeException e) {
            LOG.warn("API rate counts not flushed ({} keys); kept for the next flush", taken.size(), e);
            for (Flushed f : taken) {
                counters.computeIfPresent(f.key(), (k, c) -> {
                    if (f.window().equals(c.window)) {
                        c.flushing -= f.calls();
                        c.pending += f.calls();
                    }
                    return c;
                });
            }
            return 0;
        }
        for (Flushed f : taken) {
            ApiRate total = totals.get(f.key());
            counters.computeIfPresent(f.key(), (k, c) -> {
                if (f.window().equals(c.window)) {
                    c.flushing -= f.calls();
                    if (total != null && total.windowStart().equals(c.window)) {
                        // Includes what was flushed now; calls counted meanwhile stay pending.
                        c.shared = Math.max(c.shared, total.hits());
                    } else {
                        c.shared += f.calls();
                    }
                }
                return c;
            });
        }
        return taken.size();
    }

    /** One transaction: the upsert, then the totals it left (this instance's calls and every other's). */
    private void write(List<Flushed> taken, Map<String, ApiRate> totals) {
        transactions.executeWrite(status -> {
            writeLocked(taken, totals);
            return null;
        });
    }

    private void writeLocked(List<Flushed> taken, Map<String, ApiRate> totals) {
        rates.addAll(taken.stream().map(f -> new ApiRate(f.key(), f.window(), (int) Math.min(Integer.MAX_VALUE, f.calls()))).toList());
        List<String> keys = taken.stream().map(Flushed::key).toList();
        for (int from = 0; from < keys.size(); from += READ_BACK_CHUNK) {
            for (ApiRate row : rates.findByRateKeyIn(keys.subList(from, Math.min(keys.size(), from + READ_BACK_CHUNK)))) {
                totals.put(row.rateKey(), row);
            }
        }
    }

    /**
     * One counter row is kept per token and per client address ever seen; those not seen for a day are
     * forgotten, so the table holds only the recent callers. Returns how many were forgotten.
     */
    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    @Transactional
    public int forgetOldRateCounters() {
        return rates.forgetBefore(clock.now().minusDays(1));
    }
}
