package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.LocalDateTime;

/** One reviewer's part in one application: recusal, comment, when scored. */
@MappedEntity("sub_review")
public record Review(@EmbeddedId Key id,
                     boolean recused,
                     @Nullable String recusalReason,
                     @Nullable String comment,
                     @Nullable LocalDateTime scoredAt) {

    @Embeddable
    public record Key(@MappedProperty("application_id") long applicationId,
                      @MappedProperty("reviewer_id") long reviewerId) {
    }

    public long applicationId() {
        return id.applicationId();
    }

    public long reviewerId() {
        return id.reviewerId();
    }

    public boolean scored() {
        return scoredAt != null;
    }
}
