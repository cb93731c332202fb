package kyodo.directory;

import jakarta.inject.Singleton;
import kyodo.core.DomainEventListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Receives the MatchCompleted events the directory publishes, after the commit, as the points module would. */
@Singleton
public class CompletedMatches implements DomainEventListener<MatchCompleted> {

    public final List<MatchCompleted> events = new CopyOnWriteArrayList<>();

    @Override
    public String id() {
        return "test.directory.completedMatches";
    }

    @Override
    public Class<MatchCompleted> eventType() {
        return MatchCompleted.class;
    }

    @Override
    public void on(MatchCompleted event) {
        events.add(event);
    }
}
