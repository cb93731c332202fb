package kyodo.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * Published when a participant meets a course's completion rule (e.g. attended at least 3 of the
 * 協働塾's 4 sessions). The directory registers the person as a まちづくりサポーター.
 */
@Serdeable
public record CourseCompleted(long eventId, String eventTitle, long accountId, LocalDate completedOn) {
}
