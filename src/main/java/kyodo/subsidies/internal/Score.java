package kyodo.subsidies.internal;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A reviewer's score (1–5) of one criterion of one application. */
@MappedEntity("sub_score")
public record Score(@EmbeddedId Key id, int score) {

    @Embeddable
    public record Key(@MappedProperty("application_id") long applicationId,
                      @MappedProperty("reviewer_id") long reviewerId,
                      @MappedProperty("criterion_id") long criterionId) {
    }

    public static Score of(long applicationId, long reviewerId, long criterionId, int score) {
        return new Score(new Key(applicationId, reviewerId, criterionId), score);
    }

    public long reviewerId() {
        return id.reviewerId();
    }

    public long criterionId() {
        return id.criterionId();
    }
}
