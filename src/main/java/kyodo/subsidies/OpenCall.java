package kyodo.subsidies;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDateTime;

/** A window accepting applications now or soon, with where it stands ({@link WindowPhase}) at the time asked. */
@Introspected
public record OpenCall(long programId, String programName, int windowNumber, LocalDateTime opensAt,
                       LocalDateTime closesAt, WindowPhase phase) {
}
