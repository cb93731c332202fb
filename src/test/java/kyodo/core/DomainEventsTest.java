package kyodo.core;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import kyodo.core.internal.EventPublications;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Domain events between modules (ARCHITECTURE.md convention 4): recorded in the publishing
 * transaction, delivered after commit, never for a rollback, and — when the app stops between
 * the commit and the delivery — delivered once after the restart.
 */
class DomainEventsTest {

    private static ApplicationContext start(Map<String, Object> properties) {
        return ApplicationContext.builder().environments("test").properties(properties).start();
    }

    @SuppressWarnings("unchecked")
    private static TransactionOperations<Connection> transactions(ApplicationContext context) {
        return context.getBean(TransactionOperations.class);
    }

    @Test
    void deliveredAfterCommitOnceAndNeverForARollback() {
        try (ApplicationContext app = start(Map.of())) {
            DomainEvents events = app.getBean(DomainEvents.class);
            String committed = UUID.randomUUID().toString();
            transactions(app).executeWrite(status -> {
                events.publish(new TestPing(committed));
                assertTrue(!TestPingListener.HEARD.contains(committed), "nothing is delivered before the commit");
                return null;
            });
            assertEquals(1, TestPingListener.HEARD.stream().filter(committed::equals).count());

            String rolledBack = UUID.randomUUID().toString();
            assertThrows(IllegalStateException.class, () -> transactions(app).executeWrite(status -> {
                events.publish(new TestPing(rolledBack));
                throw new IllegalStateException("the change fails");
            }));
            assertTrue(!TestPingListener.HEARD.contains(rolledBack));
            assertThrows(IllegalStateException.class, () -> events.publish(new TestPing("outside")),
                    "publishing outside a transaction would lose the event on a crash");
        }
    }

    @Test
    void anEventCommittedJustBeforeAStopIsDeliveredOnceAfterTheRestart() {
        String id = UUID.randomUUID().toString();
        // The first instance commits the change and stops before it delivers (as if killed after the commit).
        try (ApplicationContext first = start(Map.of("kyodo.events.deliver-after-commit", false, "kyodo.events.sweep-grace", "0s",
                "kyodo.events.sweep-delay", "1h"))) {
            transactions(first).executeWrite(status -> {
                first.getBean(DomainEvents.class).publish(new TestPing(id));
                return null;
            });
            assertTrue(first.getBean(EventPublications.class).countOpen() >= 1);
        }
        assertTrue(!TestPingListener.HEARD.contains(id), "the stopped instance delivered nothing");

        // The restarted instance finds the open publication and delivers it; a second sweep delivers nothing more.
        try (ApplicationContext restarted = start(Map.of("kyodo.events.sweep-grace", "0s", "kyodo.events.sweep-delay", "1h"))) {
            EventPublications publications = restarted.getBean(EventPublications.class);
            assertTrue(publications.deliverDue() >= 1);
            publications.deliverDue();
            assertEquals(1, TestPingListener.HEARD.stream().filter(id::equals).count());
        }
    }
}
