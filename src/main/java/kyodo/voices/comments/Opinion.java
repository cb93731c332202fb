package kyodo.voices.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import kyodo.voices.internal.Receipts;

import java.time.LocalDateTime;

/** An opinion on a draft, with the submitter's name and address (personal data: never published). */
@MappedEntity("voi_pc_opinion")
public record Opinion(@Id @GeneratedValue @Nullable Long id, long draftId, String receiptToken, @Nullable Long sectionId,
                      String body, String submitterName, String submitterAddress, String category,
                      @Nullable Long accountId, Channel channel, String fingerprint, LocalDateTime submittedAt,
                      LocalDateTime updatedAt, @Nullable Long groupId) {

    public enum Channel { WEB, PAPER }

    public String receiptNo() {
        return Receipts.number("PC", submittedAt, id);
    }

    public String categoryKey() {
        return "voi.pc.category." + category;
    }
}
