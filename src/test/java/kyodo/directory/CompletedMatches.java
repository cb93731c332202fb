package kyodo.directory;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the MatchCompleted events the directory publishes, as the points module would receive them. */
@Singleton
public class CompletedMatches {

    public final List<MatchCompleted> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(MatchCompleted event) {
        events.add(event);
    }
}
