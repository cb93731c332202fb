package kyodo.support.insurance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A claim's document (the group's rules, activity plan, member list) with its content. */
@MappedEntity("sup_claim_file")
public record ClaimFile(@Id @GeneratedValue @Nullable Long id, long claimId, String kind, String fileName, String contentType,
                        long sizeBytes, byte[] content, long uploadedBy, LocalDateTime uploadedAt) {

    public enum Kind { RULES, PLAN, MEMBERS, OTHER }
}
