package kyodo.directory;

import java.time.LocalDate;

/**
 * Published when a coordinator records a match as done: the volunteer's portal account, the
 * minutes of activity and the day it happened (the points module gives points for it).
 * Listeners that write should use {@code @TransactionalEventListener} to act after commit.
 */
public record MatchCompleted(long matchId, long volunteerAccountId, int minutes, LocalDate date) {
}
