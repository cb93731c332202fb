package kyodo.voices.comments;

import io.micronaut.core.annotation.Introspected;

/** How many opinions a draft received and from how many people (an account, or a name and address). */
@Introspected
public record OpinionCounts(long draftId, long opinions, long submitters) {

    public static OpinionCounts none(long draftId) {
        return new OpinionCounts(draftId, 0, 0);
    }
}
