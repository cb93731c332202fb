package kyodo.subsidies;

import io.micronaut.serde.annotation.Serdeable;

/** Published when staff confirm the amount (額の確定) after the completion report. */
@Serdeable
public record SubsidyConfirmed(long applicationId, long programId, long groupId, long confirmedAmount,
                               long refundAmount) {
}
