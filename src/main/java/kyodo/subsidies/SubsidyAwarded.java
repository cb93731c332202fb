package kyodo.subsidies;

import io.micronaut.serde.annotation.Serdeable;

/** Published when a window's results are released, for each adopted application (交付決定). */
@Serdeable
public record SubsidyAwarded(long applicationId, long programId, long groupId, String title, long amount) {
}
