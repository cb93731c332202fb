package kyodo.directory.matching;

import io.micronaut.core.annotation.Introspected;

/** How often a volunteer was matched lately and ever, for the ranking's fairness. */
@Introspected
public record MatchHistory(long volunteerId, int recent, int ever) {
}
