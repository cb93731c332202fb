package kyodo.directory.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A volunteer proposed for a request: PROPOSED → ACCEPTED / DECLINED → DONE, or CANCELLED. */
public record Match(long id, long postId, long volunteerId, Status status, String reasons, LocalDateTime proposedAt,
                    LocalDateTime respondedAt, LocalDateTime completedAt, LocalDate activityDate, Integer minutes,
                    String volunteerFeedback, String requesterFeedback, String cancelReason) {

    public enum Status { PROPOSED, ACCEPTED, DECLINED, DONE, CANCELLED }

    public boolean open() {
        return status == Status.PROPOSED || status == Status.ACCEPTED;
    }

    /** Hours as people say them: 90 minutes → "1.5". */
    public String hours() {
        return minutes == null ? "" : java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
