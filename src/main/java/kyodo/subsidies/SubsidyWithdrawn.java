package kyodo.subsidies;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Published when a group withdraws an application (取下げ) or stops an awarded project (事業中止);
 * {@code releasedAmount} is the award returned to the program's budget (0 before an award).
 */
@Serdeable
public record SubsidyWithdrawn(long applicationId, long programId, long groupId, long releasedAmount, String reason) {
}
