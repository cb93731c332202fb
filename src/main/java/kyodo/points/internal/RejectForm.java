package kyodo.points.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Turning an activity down: the reason the volunteer will read. */
@Introspected
@Serdeable
public record RejectForm(@Nullable String rejectReason) {
}
