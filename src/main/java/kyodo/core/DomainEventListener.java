package kyodo.core;

/**
 * A module's reaction to another module's domain event. It runs after the publishing
 * transaction committed, in a transaction of its own that also marks the delivery done, so a
 * change it writes and the delivery commit together. A delivery can still be repeated (a retry
 * after the listener's own side effects), so a listener keys what it writes on the event's
 * source id and does nothing the second time.
 */
public interface DomainEventListener<E> {

    /** A stable name stored with each pending delivery, e.g. {@code points.attendance}. */
    String id();

    Class<E> eventType();

    void on(E event);
}
