package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDateTime;

/** A window not yet closed, with its program's name, as the open-calls query reads it. */
@Introspected
public record CallRow(long programId, String programName, int windowNumber, LocalDateTime opensAt,
                      LocalDateTime closesAt) {
}
