package kyodo.points;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.DomainEventListener;
import kyodo.events.AttendanceRecorded;
import kyodo.points.internal.AwardService;
import kyodo.points.internal.ExchangeForm;
import kyodo.points.internal.ExchangeService;
import kyodo.points.internal.RuleSet.Source;
import kyodo.support.TestAccounts.TestAccount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Caps and balances under concurrency: awards arriving at the same moment never pass the daily or
 * yearly cap, a delivery repeated at the same moment posts once, and a balance never goes below zero.
 */
@MicronautTest(transactional = false)
class PointsConcurrencyTest {

    @Inject
    AwardService awards;
    @Inject
    ExchangeService exchanges;
    @Inject
    PointsFixture fixture;
    @Inject
    List<DomainEventListener<?>> listeners;

    static final kyodo.support.TestClock CLOCK = new kyodo.support.TestClock();

    @io.micronaut.test.annotation.MockBean(kyodo.core.CityClock.class)
    kyodo.core.CityClock clock() {
        return CLOCK;
    }

    private static <T> List<T> all(int threads, List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> out = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private AwardService.Earning earning(TestAccount v, String key, LocalDate day, int minutes) {
        return new AwardService.Earning(Source.HOST_ACTIVITY, 1, key, v.id(), day, minutes, null, "", null);
    }

    @Test
    void twentyAwardsAtOnceOnOneDayPostTheDailyCapAndNoMore() throws Exception {
        TestAccount v = fixture.volunteer();
        LocalDate day = LocalDate.of(2026, 6, 7);
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String key = "test-daily:" + v.id() + ":" + i;
            tasks.add(() -> awards.award(earning(v, key, day, 120)));
        }
        all(8, tasks);
        assertEquals(20, fixture.count("SELECT COUNT(*) FROM pts_award WHERE volunteer_id = ?", v.id()), "each is decided");
        assertEquals(2, fixture.count("SELECT SUM(points_awarded) FROM pts_award WHERE volunteer_id = ?", v.id()));
        assertEquals(38, fixture.count("SELECT SUM(points_over_cap) FROM pts_award WHERE volunteer_id = ?", v.id()));
        assertEquals(2, balance(v, 2026));
    }

    @Test
    void sixtyDaysAtOnceStopAtTheYearlyCap() throws Exception {
        TestAccount v = fixture.volunteer();
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            LocalDate day = LocalDate.of(2026, 4, 1).plusDays(i);
            String key = "test-yearly:" + v.id() + ":" + i;
            tasks.add(() -> awards.award(earning(v, key, day, 60)));
        }
        all(8, tasks);
        assertEquals(50, fixture.count("SELECT SUM(points_awarded) FROM pts_award WHERE volunteer_id = ?", v.id()));
        assertEquals(50, balance(v, 2026));
    }

    @SuppressWarnings("unchecked")
    @Test
    void theSameAttendanceDeliveredFourTimesAtOncePostsOnce() throws Exception {
        TestAccount v = fixture.volunteer();
        long eventId = 900_000_000L + v.id();
        fixture.insert("INSERT INTO pts_event_setting (event_id, earns, fixed_points, updated_by, updated_at) "
                + "VALUES (?, TRUE, 1, 1, NOW(6))", eventId);
        DomainEventListener<AttendanceRecorded> listener = (DomainEventListener<AttendanceRecorded>) listeners.stream()
                .filter(l -> l.id().equals("points.attendance")).findFirst().orElseThrow();
        AttendanceRecorded recorded = new AttendanceRecorded(eventId, 77_000_000L + v.id(), v.id(), LocalDate.of(2026, 5, 10), 120, 1);
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tasks.add(() -> {
                try {
                    listener.on(recorded);
                } catch (RuntimeException duplicate) {
                    // a losing duplicate may see the unique key: the delivery is then retried and finds the award
                }
                return null;
            });
        }
        all(4, tasks);
        listener.on(recorded);
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM pts_award WHERE volunteer_id = ?", v.id()));
        assertEquals(1, balance(v, 2026));
    }

    @Test
    void fourExchangeRequestsAtOnceNeverAskForMoreThanTheBalance() throws Exception {
        TestAccount v = fixture.volunteer();
        for (int i = 0; i < 10; i++) {
            awards.award(earning(v, "test-exchange:" + v.id() + ":" + i, LocalDate.of(2025, 6, 1).plusDays(i), 120));
        }
        assertEquals(20, balance(v, 2025));
        CLOCK.set(2026, 4, 10);
        try {
            List<Callable<Object>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tasks.add(() -> {
                    try {
                        return exchanges.request(v.id(), new ExchangeForm("2025", "VOUCHER", "10", null));
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                });
            }
            List<Object> results = all(4, tasks);
            assertEquals(2, results.stream().filter(r -> r instanceof Long).count(), results.toString());
            assertEquals(20, fixture.count("SELECT COALESCE(SUM(points), 0) FROM pts_exchange_request WHERE volunteer_id = ?", v.id()));
        } finally {
            CLOCK.reset();
        }
    }

    private long balance(TestAccount v, int year) {
        return fixture.count("SELECT COALESCE(MAX(balance), 0) FROM pts_account WHERE kind = 'VOLUNTEER' AND owner_id = ? AND fiscal_year = ?",
                v.id(), year);
    }
}
