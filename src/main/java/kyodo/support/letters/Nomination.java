package kyodo.support.letters;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/**
 * A citizen's nomination of a group or a person for an appreciation letter. Selected ones are the
 * recipients: they get a certificate number, and are published only once their consent is recorded.
 */
@MappedEntity("sup_nomination")
public record Nomination(@Id @GeneratedValue @Nullable Long id, long roundId, long nominatorId, String nominatorName,
                         String nomineeKind, @Nullable Long groupId, String nomineeName, @Nullable String nomineeKana,
                         String nomineeKey, String reason, int yearsActive, String status, @Nullable Long decidedBy,
                         @Nullable LocalDateTime decidedAt, @Nullable Integer certificateNumber, boolean publishConsent,
                         @Nullable Long consentRecordedBy, @Nullable LocalDateTime consentRecordedAt,
                         LocalDateTime createdAt) {

    public enum Kind { GROUP, PERSON }

    public enum Status { SUBMITTED, SELECTED, NOT_SELECTED }

    public boolean group() {
        return Kind.GROUP.name().equals(nomineeKind);
    }

    public boolean selected() {
        return Status.SELECTED.name().equals(status);
    }

    public boolean open() {
        return Status.SUBMITTED.name().equals(status);
    }

    public String kindKey() {
        return "sup.nominee.kind." + nomineeKind;
    }

    public String statusKey() {
        return "sup.nomination.status." + status;
    }
}
