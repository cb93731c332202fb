package kyodo.directory;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * Published, in the transaction that records it, when a coordinator records a match as done: the
 * volunteer's portal account, the minutes of activity and the day it happened (the points module
 * gives points for it). Listeners implement core's DomainEventListener and key what they write on
 * {@code matchId}.
 */
@Serdeable
public record MatchCompleted(long matchId, long volunteerAccountId, int minutes, LocalDate date) {
}
