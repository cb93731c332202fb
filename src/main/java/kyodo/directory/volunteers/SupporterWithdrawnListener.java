package kyodo.directory.volunteers;

import jakarta.inject.Singleton;
import kyodo.core.DomainEventListener;
import kyodo.events.CourseCompletionWithdrawn;

/** Corrected attendance undid a course completion: the サポーター status that came only from it goes. */
@Singleton
public class SupporterWithdrawnListener implements DomainEventListener<CourseCompletionWithdrawn> {

    private final Supporters supporters;

    SupporterWithdrawnListener(Supporters supporters) {
        this.supporters = supporters;
    }

    @Override
    public String id() {
        return "directory.supporterWithdrawn";
    }

    @Override
    public Class<CourseCompletionWithdrawn> eventType() {
        return CourseCompletionWithdrawn.class;
    }

    @Override
    public void on(CourseCompletionWithdrawn event) {
        supporters.unmarkFromCourse(event.eventId(), event.accountId());
    }
}
