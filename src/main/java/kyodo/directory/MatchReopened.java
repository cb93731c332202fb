package kyodo.directory;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Published when a coordinator takes back a match recorded as done by mistake (it is accepted
 * again, not done): whatever the revisions before {@code revision} gave is void.
 */
@Serdeable
public record MatchReopened(long matchId, long volunteerAccountId, int revision) {
}
