package kyodo.support.insurance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An accident during citizen activity reported under 市民活動総合補償制度. {@code healthDetails} is
 * 要配慮個人情報: only staff read it, and every read is in the audit log.
 */
@MappedEntity("sup_claim")
public record Claim(@Id @GeneratedValue @Nullable Long id, long reporterId, String formKey, @Nullable Long groupId,
                    @Nullable Long eventId, @Nullable Long matchId, LocalDate accidentOn, int fiscalYear, String place,
                    String activity, String claimKind, String partyName, @Nullable String healthDetails, String description,
                    String status, LocalDateTime createdAt, LocalDateTime updatedAt) {

    public enum Kind { INJURY, LIABILITY }

    /** 受付 → 保険会社へ連絡 → 完了. */
    public enum Status {
        RECEIVED, INSURER_CONTACTED, COMPLETED;

        public Status next() {
            return this == RECEIVED ? INSURER_CONTACTED : COMPLETED;
        }
    }

    public Status statusValue() {
        return Status.valueOf(status);
    }

    public String statusKey() {
        return "sup.claim.status." + status;
    }

    public String kindKey() {
        return "sup.claim.kind." + claimKind;
    }

    /** The claim as its reporter sees it: without the health details. */
    public Claim withoutHealthDetails() {
        return new Claim(id, reporterId, formKey, groupId, eventId, matchId, accidentOn, fiscalYear, place, activity, claimKind,
                partyName, null, description, status, createdAt, updatedAt);
    }
}
