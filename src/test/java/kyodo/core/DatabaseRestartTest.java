package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.internal.database.EmbeddedDatabase;
import kyodo.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database restarts while people read pages: pooled connections to the old server are
 * never handed out, so no request after the restart fails, and none during it answers 500.
 */
@MicronautTest(transactional = false)
class DatabaseRestartTest {

    @Inject
    EmbeddedServer server;

    @Test
    void aRestartUnderLoadFailsNoRequestAfterTheServerIsBack() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.current().orElseThrow();
        String path = "/api/v1/events?q=restart";
        WebSession warm = WebSession.at(server.getURL());
        for (int i = 0; i < 20; i++) {
            assertEquals(200, warm.sendJson("GET", path, null).status());
        }

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean restarted = new AtomicBoolean(false);
        AtomicInteger requests = new AtomicInteger();
        Map<Integer, AtomicInteger> statusesDuring = new ConcurrentHashMap<>();
        List<Integer> failedAfter = new CopyOnWriteArrayList<>();
        AtomicInteger afterRestart = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong slowest = new java.util.concurrent.atomic.AtomicLong();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            readers.submit(() -> {
                WebSession session = WebSession.at(server.getURL());
                while (running.get()) {
                    boolean startedAfterRestart = restarted.get();
                    long began = System.nanoTime();
                    int status = session.sendJson("GET", path, null).status();
                    slowest.accumulateAndGet((System.nanoTime() - began) / 1_000_000, Math::max);
                    requests.incrementAndGet();
                    if (startedAfterRestart) {
                        afterRestart.incrementAndGet();
                        if (status != 200) {
                            failedAfter.add(status);
                        }
                    } else {
                        statusesDuring.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                }
                return null;
            });
        }
        Thread.sleep(1000);
        long restartBegan = System.nanoTime();
        database.restart();
        long restartMillis = (System.nanoTime() - restartBegan) / 1_000_000;
        restarted.set(true);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (afterRestart.get() < 100 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        running.set(false);
        readers.shutdown();
        assertTrue(readers.awaitTermination(60, TimeUnit.SECONDS));

        System.out.printf("database restart (%d ms): %d requests, before and during %s, after %d of which failed %d; slowest %d ms%n",
                restartMillis, requests.get(), statusesDuring, afterRestart.get(), failedAfter.size(), slowest.get());
        assertTrue(afterRestart.get() >= 100, "requests were made after the restart: " + afterRestart.get());
        assertEquals(List.of(), failedAfter, "no request after the restart fails");
        statusesDuring.keySet().forEach(status -> assertTrue(status == 200 || status == 503,
                "during the restart a request succeeds or says to try again, never 500: " + statusesDuring));
    }
}
