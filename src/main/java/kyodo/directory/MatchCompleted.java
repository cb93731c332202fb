package kyodo.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * Published, in the transaction that records it, when a coordinator records a match as done or
 * corrects its date or length: the volunteer's portal account, the minutes of activity and the day
 * it happened (the points module gives points for it). {@code revision} counts the corrections
 * (absent in events written before corrections existed, meaning 1); what an earlier revision gave is
 * void once a later one exists. Listeners key what they write on {@code matchId} and the revision.
 */
@Serdeable
public record MatchCompleted(long matchId, long volunteerAccountId, int minutes, LocalDate date,
                             @Nullable Integer revision) {

    public int revisionOrFirst() {
        return revision == null ? 1 : revision;
    }
}
