package kyodo.directory.internal;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import kyodo.events.CourseCompleted;

/** A completed course (協働塾 etc.) makes the participant a まちづくりサポーター. */
@Singleton
class SupporterListener {

    private final VolunteerService volunteers;

    SupporterListener(VolunteerService volunteers) {
        this.volunteers = volunteers;
    }

    @EventListener
    void onCourseCompleted(CourseCompleted event) {
        volunteers.markSupporter(event.accountId(), event.completedOn(), "講座修了: " + event.eventTitle(), null);
    }
}
