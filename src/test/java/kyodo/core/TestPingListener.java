package kyodo.core;

import jakarta.inject.Singleton;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Hears every {@link TestPing}, in whichever application context of the test run delivers it. */
@Singleton
public class TestPingListener implements DomainEventListener<TestPing> {

    static final Queue<String> HEARD = new ConcurrentLinkedQueue<>();

    @Override
    public String id() {
        return "test.ping";
    }

    @Override
    public Class<TestPing> eventType() {
        return TestPing.class;
    }

    @Override
    public void on(TestPing event) {
        HEARD.add(event.id());
    }
}
