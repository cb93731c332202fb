package kyodo.core;

/**
 * Publishes a module's domain events (records in the module's root package, {@code @Serdeable}).
 * Call {@link #publish} inside the transaction that makes the change: the event is stored in that
 * transaction, one row per listener, and handed to each listener after the commit; a listener
 * that fails, or an app that stops before delivering, is retried until the listener succeeds.
 * Nothing is delivered for a change that rolls back.
 */
public interface DomainEvents {

    void publish(Object event);
}
