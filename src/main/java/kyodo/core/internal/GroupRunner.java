package kyodo.core.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Runs work handed in by many request threads in groups, on one thread of its own: whatever waits when the thread
 * is free is taken together (up to {@code max}) and done by one call of {@code work}, so a hundred calls waiting
 * at once cost one round trip and one commit rather than a hundred. Nothing waits for a timer: a lone item is
 * done at once, and items that arrive while a group runs form the next group. Each item's future completes with
 * its own result, on this thread, once the group is done (or exceptionally with the group's error).
 */
final class GroupRunner<T, R> {

    private static final Logger LOG = LoggerFactory.getLogger(GroupRunner.class);

    private record Waiting<T, R>(T item, CompletableFuture<R> done) {
    }

    private final LinkedBlockingQueue<Waiting<T, R>> queue = new LinkedBlockingQueue<>();
    private final Waiting<T, R> stop = new Waiting<>(null, new CompletableFuture<>());
    private final Function<List<T>, List<R>> work;
    private final int max;
    private final Thread thread;
    private volatile boolean closed;

    /** {@code work} gets the items of a group in order and answers one result per item, in the same order. */
    GroupRunner(String name, int max, Function<List<T>, List<R>> work) {
        this.work = work;
        this.max = max;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    CompletableFuture<R> submit(T item) {
        Waiting<T, R> waiting = new Waiting<>(item, new CompletableFuture<>());
        if (closed) {
            // Shutting down: done here, alone, rather than left in a queue nobody reads.
            runGroup(List.of(waiting));
        } else {
            queue.add(waiting);
            if (closed && !thread.isAlive()) {
                // Closed while adding, after the thread's last look: done here.
                List<Waiting<T, R>> left = new ArrayList<>();
                queue.drainTo(left);
                left.remove(stop);
                if (!left.isEmpty()) {
                    runGroup(left);
                }
            }
        }
        return waiting.done();
    }

    private void run() {
        List<Waiting<T, R>> group = new ArrayList<>();
        boolean stopping = false;
        while (!stopping) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            queue.drainTo(group, max - 1);
            stopping = group.remove(stop);
            if (!group.isEmpty()) {
                runGroup(group);
            }
            group.clear();
        }
        // What came in after the stop is done too.
        List<Waiting<T, R>> rest = new ArrayList<>();
        queue.drainTo(rest);
        rest.remove(stop);
        if (!rest.isEmpty()) {
            runGroup(rest);
        }
    }

    private void runGroup(List<Waiting<T, R>> group) {
        List<R> results;
        try {
            results = work.apply(group.stream().map(Waiting::item).toList());
        } catch (RuntimeException | Error e) {
            LOG.warn("{}: a group of {} failed", thread.getName(), group.size(), e);
            group.forEach(w -> w.done().completeExceptionally(e));
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            try {
                group.get(i).done().complete(results.get(i));
            } catch (RuntimeException e) {
                // What runs on completion is the caller's; one failing must not keep the others waiting.
                LOG.warn("{}: a waiting call failed on completion", thread.getName(), e);
            }
        }
    }

    /** Does what is waiting, then ends the thread; later items are done by their callers. */
    void close() {
        closed = true;
        queue.add(stop);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
