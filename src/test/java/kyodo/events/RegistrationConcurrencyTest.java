package kyodo.events;

import kyodo.support.Db;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Many people press "register" at the same moment for few seats: exactly the capacity is confirmed. */
@MicronautTest(transactional = false)
class RegistrationConcurrencyTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DataSource dataSource;

    @Test
    void neverMoreConfirmedThanSeatsAndEveryoneElseWaitsInOrder() throws Exception {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        int seats = 5;
        int people = 30;
        long id = EventFixtures.createPublished(staff, EventFixtures.unique("人気講座"), seats);
        List<WebSession> sessions = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            sessions.add(accounts.loggedIn(server.getURL(), Role.CITIZEN));
        }
        sessions.forEach(WebSession::csrfToken);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (WebSession s : sessions) {
            results.add(pool.submit(() -> {
                start.await();
                // Each person double-submits: still one registration each.
                int first = s.post("/events/" + id + "/register", Map.of()).status();
                int second = s.post("/events/" + id + "/register", Map.of()).status();
                return first == 303 && second == 303 ? 1 : 0;
            }));
        }
        start.countDown();
        int ok = 0;
        for (Future<Integer> r : results) {
            ok += r.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(people, ok);
        assertEquals(seats, Db.count(dataSource, "SELECT COUNT(*) FROM evt_registration WHERE event_id = ? AND status = 'CONFIRMED'", id));
        assertEquals(people - seats, Db.count(dataSource, "SELECT COUNT(*) FROM evt_registration WHERE event_id = ? AND status = 'WAITLISTED'", id));
        assertEquals(people, Db.count(dataSource, "SELECT COUNT(*) FROM evt_registration WHERE event_id = ?", id));
        // The waitlist keeps arrival order: positions 1..25 with no gaps or ties.
        assertEquals(people - seats, Db.count(dataSource,
                "SELECT COUNT(DISTINCT queued_at, id) FROM evt_registration WHERE event_id = ? AND status = 'WAITLISTED'", id));

        // Concurrent cancellations: every freed seat goes to exactly one waiting person.
        ExecutorService cancels = Executors.newFixedThreadPool(8);
        List<Future<Integer>> cancelled = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            WebSession s = sessions.get(i);
            if (i % 3 == 0) {
                cancelled.add(cancels.submit(() -> s.post("/events/" + id + "/cancel", Map.of()).status()));
            }
        }
        for (Future<Integer> c : cancelled) {
            assertEquals(303, c.get(120, TimeUnit.SECONDS));
        }
        cancels.shutdown();
        assertEquals(seats, Db.count(dataSource, "SELECT COUNT(*) FROM evt_registration WHERE event_id = ? AND status = 'CONFIRMED'", id));
        assertEquals(people - seats - cancelled.size(), Db.count(dataSource,
                "SELECT COUNT(*) FROM evt_registration WHERE event_id = ? AND status = 'WAITLISTED'", id));
    }

    @Test
    void oneInvalidRequestInARushChangesNothingForTheOthers() throws Exception {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        String title = EventFixtures.unique("同伴者なしの講座");
        long id = EventFixtures.createPublished(staff, title, 3);
        List<WebSession> sessions = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            sessions.add(accounts.loggedIn(server.getURL(), Role.CITIZEN));
        }
        sessions.forEach(WebSession::csrfToken);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            WebSession s = sessions.get(i);
            // Every third person asks for companions, which this event does not allow.
            Map<String, String> form = i % 3 == 0 ? Map.of("eventCompanions", "2") : Map.of();
            statuses.add(pool.submit(() -> {
                start.await();
                return s.post("/events/" + id + "/register", form).status();
            }));
        }
        start.countDown();
        int registered = 0;
        int refused = 0;
        for (int i = 0; i < statuses.size(); i++) {
            int status = statuses.get(i).get(120, TimeUnit.SECONDS);
            if (i % 3 == 0) {
                assertEquals(422, status);
                refused++;
            } else {
                assertEquals(303, status);
                registered++;
            }
        }
        pool.shutdown();
        assertEquals(8, refused);
        assertEquals(registered, Db.count(dataSource, "SELECT COUNT(*) FROM evt_registration WHERE event_id = ?", id));
        assertEquals(3, Db.count(dataSource, "SELECT COUNT(*) FROM evt_registration WHERE event_id = ? AND status = 'CONFIRMED'", id));
        // One e-mail for each person registered, none for those refused.
        assertEquals(registered, Db.count(dataSource, "SELECT COUNT(*) FROM core_outbox WHERE subject IN (?, ?)",
                "【申込完了】" + title, "【キャンセル待ち】" + title));
    }
}
