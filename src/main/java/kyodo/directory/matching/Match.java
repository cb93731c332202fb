package kyodo.directory.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A volunteer proposed for a request: PROPOSED → ACCEPTED / DECLINED → DONE, or CANCELLED. */
@MappedEntity("dir_match")
public record Match(@Id @GeneratedValue @Nullable Long id,
                    long postId,
                    long volunteerId,
                    Status status,
                    @Nullable String reasons,
                    long proposedBy,
                    LocalDateTime proposedAt,
                    @Nullable LocalDateTime respondedAt,
                    @Nullable LocalDateTime completedAt,
                    @Nullable LocalDate activityDate,
                    @Nullable Integer minutes,
                    @Nullable String volunteerFeedback,
                    @Nullable String requesterFeedback,
                    @Nullable String cancelReason,
                    int revision) {

    public enum Status { PROPOSED, ACCEPTED, DECLINED, DONE, CANCELLED }

    public boolean open() {
        return status == Status.PROPOSED || status == Status.ACCEPTED;
    }

    /** Accepted or done: the requester may see the contact the volunteer agreed to share. */
    public boolean accepted() {
        return status == Status.ACCEPTED || status == Status.DONE;
    }

    /** Hours as people say them: 90 minutes → "1.5". */
    public String hours() {
        return minutes == null ? "" : BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
