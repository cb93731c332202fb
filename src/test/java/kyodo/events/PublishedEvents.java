package kyodo.events;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the module's domain events as other modules (points, directory) would receive them. */
@Singleton
public class PublishedEvents {

    final List<AttendanceRecorded> attendance = new CopyOnWriteArrayList<>();
    final List<CourseCompleted> completions = new CopyOnWriteArrayList<>();

    @EventListener
    void on(AttendanceRecorded event) {
        attendance.add(event);
    }

    @EventListener
    void on(CourseCompleted event) {
        completions.add(event);
    }
}
