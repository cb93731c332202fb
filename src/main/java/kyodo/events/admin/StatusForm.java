package kyodo.events.admin;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The reason given when an event is cancelled (中止) or postponed (延期); sent to registrants. */
@Introspected
@Serdeable
public record StatusForm(@Nullable String eventStatusNote) {
}
