package kyodo.events.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The people registering for one event at the same moment wait in one line per event, in
 * arrival order. Whoever finds no line starts one and leads: they take up to
 * {@link #MAX_BATCH} people off the front, have them registered together (one transaction:
 * one row lock, one read of the seats, the inserts, one commit), and pass the lead to whoever
 * is then at the front. In a rush this turns one lock-read-insert-commit round per person
 * into one per batch; a person who comes alone is a batch of one.
 * <p>
 * The line only saves round trips within one app instance. The event's row lock still decides
 * who gets a seat, also across instances.
 */
final class RegistrationLines {

    /** Keeps one transaction (and the rows it writes at once) to a moderate size. */
    static final int MAX_BATCH = 100;

    /** One person's place in a line: ends with an outcome, or with the lead handed over. */
    static final class Place {

        final long accountId;
        final RegistrationService.Request request;
        private RegistrationService.Registered registration;
        private RuntimeException failure;
        private boolean done;
        private boolean leading;

        Place(long accountId, RegistrationService.Request request) {
            this.accountId = accountId;
            this.request = request;
        }

        synchronized void succeed(RegistrationService.Registered result) {
            registration = result;
            done = true;
            notifyAll();
        }

        synchronized void fail(RuntimeException error) {
            failure = error;
            done = true;
            notifyAll();
        }

        synchronized boolean done() {
            return done;
        }

        private synchronized void lead() {
            leading = true;
            notifyAll();
        }

        /** Waits for an outcome or the lead; true when this place now leads. */
        private synchronized boolean awaitOutcomeOrLead() {
            boolean interrupted = false;
            while (!done && !leading) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    // The batch this place is in may already be committed: keep waiting for its outcome.
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return !done;
        }

        private synchronized RegistrationService.Registered outcome() {
            if (failure != null) {
                throw failure;
            }
            return registration;
        }
    }

    /** The people waiting behind the current leader, per event; an event is present while someone leads. */
    private final Map<Long, ArrayDeque<Place>> waiting = new HashMap<>();

    /**
     * Queues a person and returns their registration once their batch is committed. The batch
     * work must end every place it is given, with {@link Place#succeed} or {@link Place#fail}.
     */
    RegistrationService.Registered join(long eventId, Place me, Consumer<List<Place>> registerBatch) {
        boolean leading;
        synchronized (waiting) {
            ArrayDeque<Place> line = waiting.get(eventId);
            leading = line == null;
            if (leading) {
                waiting.put(eventId, new ArrayDeque<>());
            } else {
                line.add(me);
            }
        }
        if (leading || me.awaitOutcomeOrLead()) {
            lead(eventId, me, registerBatch);
        }
        return me.outcome();
    }

    /** Registers one person by themself, outside any line. */
    static RegistrationService.Registered alone(Place me, Consumer<List<Place>> registerBatch) {
        try {
            registerBatch.accept(List.of(me));
        } finally {
            if (!me.done()) {
                me.fail(new IllegalStateException("registration ended without an outcome"));
            }
        }
        return me.outcome();
    }

    private void lead(long eventId, Place me, Consumer<List<Place>> registerBatch) {
        List<Place> batch = new ArrayList<>();
        batch.add(me);
        synchronized (waiting) {
            ArrayDeque<Place> line = waiting.get(eventId);
            while (batch.size() < MAX_BATCH && !line.isEmpty()) {
                batch.add(line.poll());
            }
        }
        try {
            registerBatch.accept(batch);
        } finally {
            for (Place p : batch) {
                if (!p.done()) {
                    p.fail(new IllegalStateException("registration batch ended without an outcome"));
                }
            }
            Place next;
            synchronized (waiting) {
                ArrayDeque<Place> line = waiting.get(eventId);
                next = line.poll();
                if (next == null) {
                    waiting.remove(eventId);
                }
            }
            if (next != null) {
                next.lead();
            }
        }
    }
}
