package kyodo.subsidies.internal;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A reviewer sitting at a window's 審査会 (a member of the promotion committee that day). */
@MappedEntity("sub_window_reviewer")
public record WindowReviewer(@EmbeddedId Key id) {

    @Embeddable
    public record Key(@MappedProperty("window_id") long windowId, @MappedProperty("reviewer_id") long reviewerId) {
    }

    public static WindowReviewer of(long windowId, long reviewerId) {
        return new WindowReviewer(new Key(windowId, reviewerId));
    }
}
