package kyodo.events;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Published when corrected attendance leaves a participant below the course's completion rule:
 * the completion is undone, and the supporter status it gave is to be taken back.
 */
@Serdeable
public record CourseCompletionWithdrawn(long eventId, String eventTitle, long accountId) {
}
