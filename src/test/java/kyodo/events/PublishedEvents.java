package kyodo.events;

import jakarta.inject.Singleton;
import kyodo.core.DomainEventListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the module's domain events as other modules (points, directory) receive them: after commit, through the publication log. */
@Singleton
public class PublishedEvents {

    final List<AttendanceRecorded> attendance = new CopyOnWriteArrayList<>();
    final List<AttendanceWithdrawn> withdrawals = new CopyOnWriteArrayList<>();
    final List<CourseCompleted> completions = new CopyOnWriteArrayList<>();
    final List<CourseCompletionWithdrawn> completionsWithdrawn = new CopyOnWriteArrayList<>();

    /** One listener per event type, as a module would register them. */
    record Listener<E>(String id, Class<E> eventType, List<E> into) implements DomainEventListener<E> {
        @Override
        public void on(E event) {
            into.add(event);
        }
    }

    @io.micronaut.context.annotation.Factory
    static class Listeners {
        @Singleton
        DomainEventListener<AttendanceRecorded> attendanceRecorded(PublishedEvents events) {
            return new Listener<>("test.attendanceRecorded", AttendanceRecorded.class, events.attendance);
        }

        @Singleton
        DomainEventListener<AttendanceWithdrawn> attendanceWithdrawn(PublishedEvents events) {
            return new Listener<>("test.attendanceWithdrawn", AttendanceWithdrawn.class, events.withdrawals);
        }

        @Singleton
        DomainEventListener<CourseCompleted> courseCompleted(PublishedEvents events) {
            return new Listener<>("test.courseCompleted", CourseCompleted.class, events.completions);
        }

        @Singleton
        DomainEventListener<CourseCompletionWithdrawn> completionWithdrawn(PublishedEvents events) {
            return new Listener<>("test.courseCompletionWithdrawn", CourseCompletionWithdrawn.class, events.completionsWithdrawn);
        }
    }
}
