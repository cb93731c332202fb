package kyodo.directory;

import io.micronaut.serde.annotation.SerdeImport;
import kyodo.events.CourseCompleted;

/**
 * Lets the tests publish the events module's CourseCompleted through core's DomainEvents, which
 * stores each event as JSON. (The events module still publishes it with the application event
 * publisher; once it publishes it as a domain event, the record itself will be @Serdeable.)
 */
@SerdeImport(CourseCompleted.class)
final class CourseCompletedSerde {

    private CourseCompletedSerde() {
    }
}
