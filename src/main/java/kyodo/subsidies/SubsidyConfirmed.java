package kyodo.subsidies;

/** Published when staff confirm the amount (額の確定) after the completion report. */
public record SubsidyConfirmed(long applicationId, long programId, long groupId, long confirmedAmount,
                               long refundAmount) {
}
