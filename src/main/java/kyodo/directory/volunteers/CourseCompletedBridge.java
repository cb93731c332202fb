package kyodo.directory.volunteers;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import kyodo.events.CourseCompleted;

/**
 * Until the events module publishes {@link CourseCompleted} through core's DomainEvents (it still
 * uses the application event publisher after its commit), this hands each one to the
 * {@link SupporterListener}, which is idempotent, so a course completion keeps making a サポーター.
 * Delete this class once events publishes the event as a domain event.
 */
@Singleton
class CourseCompletedBridge {

    private final SupporterListener listener;

    CourseCompletedBridge(SupporterListener listener) {
        this.listener = listener;
    }

    @EventListener
    void onCourseCompleted(CourseCompleted event) {
        listener.on(event);
    }
}
