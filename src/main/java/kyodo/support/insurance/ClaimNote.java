package kyodo.support.insurance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** Staff's note on a claim, with the status change it recorded, if any. */
@MappedEntity("sup_claim_note")
public record ClaimNote(@Id @GeneratedValue @Nullable Long id, long claimId, long authorId, @Nullable String statusFrom,
                        @Nullable String statusTo, @Nullable String note, LocalDateTime createdAt) {

    public String statusToKey() {
        return statusTo == null ? null : "sup.claim.status." + statusTo;
    }
}
