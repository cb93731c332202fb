package kyodo.core.internal;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.DomainEventListener;
import kyodo.core.DomainEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The event publication log: {@link #publish} stores one row per listener in the caller's
 * transaction; after the commit each row is delivered in a transaction of its own that locks
 * it, runs the listener and marks it completed, so an event is handled once even with several
 * app instances. A failed delivery waits longer each time (1, 2, 4 … 60 minutes); the sweep
 * also picks up what an instance that stopped left open.
 */
@Singleton
public class EventPublications implements DomainEvents {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublications.class);

    private final EventPublicationRepository publications;
    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;
    private final CityClock clock;
    private final BeanContext beans;
    private final boolean deliverAfterCommit;
    /** The after-commit delivery goes first; the sweep waits this long before it tries a new row. */
    private final java.time.Duration sweepGrace;
    /** Found on first use: a listener's service may itself publish events, so they cannot be injected here. */
    private volatile Map<String, DomainEventListener<?>> listeners;

    EventPublications(EventPublicationRepository publications, TransactionOperations<Connection> transactions,
                      JsonMapper json, CityClock clock, BeanContext beans,
                      @Value("${kyodo.events.deliver-after-commit:true}") boolean deliverAfterCommit,
                      @Value("${kyodo.events.sweep-grace:30s}") java.time.Duration sweepGrace) {
        this.publications = publications;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.beans = beans;
        this.deliverAfterCommit = deliverAfterCommit;
        this.sweepGrace = sweepGrace;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<String, DomainEventListener<?>> listeners() {
        Map<String, DomainEventListener<?>> found = listeners;
        if (found == null) {
            java.util.Collection<DomainEventListener<?>> all = (java.util.Collection) beans.getBeansOfType(DomainEventListener.class);
            found = all.stream().sorted(Comparator.comparing(DomainEventListener::id))
                    .collect(Collectors.toMap(DomainEventListener::id, Function.identity(), (a, b) -> {
                        throw new IllegalStateException("Two domain event listeners are named " + a.id());
                    }, java.util.LinkedHashMap::new));
            listeners = found;
        }
        return found;
    }

    @Override
    public void publish(Object event) {
        var status = transactions.findTransactionStatus().orElseThrow(() -> new IllegalStateException(
                "Publish " + event.getClass().getSimpleName() + " inside the transaction that makes the change"));
        String payload = serialize(event);
        LocalDateTime now = clock.now();
        List<Long> ids = new ArrayList<>();
        for (DomainEventListener<?> listener : listeners().values()) {
            if (listener.eventType().isInstance(event)) {
                ids.add(publications.save(new EventPublication(null, listener.id(), event.getClass().getName(), payload,
                        now, null, 0, now.plus(sweepGrace), null)).id());
            }
        }
        if (!ids.isEmpty() && deliverAfterCommit) {
            status.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    ids.forEach(EventPublications.this::deliver);
                }
            });
        }
    }

    /** Delivers every open publication that is due (after a failure, or left by a stopped instance). */
    @Scheduled(fixedDelay = "${kyodo.events.sweep-interval:30s}", initialDelay = "${kyodo.events.sweep-delay:10s}")
    public int deliverDue() {
        int delivered = 0;
        List<Long> due;
        do {
            due = transactions.executeRead(s -> publications.findDue(clock.now(), 100));
            for (long id : due) {
                if (deliver(id)) {
                    delivered++;
                }
            }
        } while (due.size() == 100 && delivered > 0);
        return delivered;
    }

    public long countOpen() {
        return transactions.executeRead(s -> publications.countOpen());
    }

    /** True when this call handed the event to its listener (false: done already, held elsewhere, or failed). */
    private boolean deliver(long id) {
        try {
            return transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> {
                var open = publications.findOpenForUpdate(id);
                if (open.isEmpty()) {
                    return false;
                }
                EventPublication publication = open.get();
                DomainEventListener<?> listener = listeners().get(publication.listenerId());
                if (listener == null) {
                    throw new IllegalStateException("No listener named " + publication.listenerId());
                }
                handle(listener, publication.payload());
                publications.complete(id, clock.now());
                return true;
            });
        } catch (RuntimeException e) {
            recordFailure(id, e);
            return false;
        }
    }

    private <E> void handle(DomainEventListener<E> listener, String payload) {
        try {
            listener.on(json.readValue(payload, listener.eventType()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recordFailure(long id, RuntimeException e) {
        LOG.warn("Domain event delivery {} failed, will retry: {}", id, e.toString());
        try {
            transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> {
                int attempts = publications.findById(id).map(EventPublication::attempts).orElse(0) + 1;
                long minutes = Math.min(60, 1L << Math.min(attempts - 1, 6));
                String error = e.toString();
                return publications.fail(id, clock.now().plusMinutes(minutes),
                        error.length() > 1000 ? error.substring(0, 1000) : error);
            });
        } catch (RuntimeException again) {
            LOG.warn("Could not record the failed delivery {}: {}", id, again.toString());
        }
    }

    private String serialize(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
