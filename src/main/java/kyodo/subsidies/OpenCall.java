package kyodo.subsidies;

import java.time.LocalDateTime;

/** A window accepting applications now or soon. */
public record OpenCall(long programId, String programName, int windowNumber, LocalDateTime opensAt,
                       LocalDateTime closesAt) {
}
