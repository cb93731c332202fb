package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Tagging an item with a thing of another module: its kind and id. */
@Introspected
@Serdeable
public record TagForm(@NotBlank @Pattern(regexp = "[A-Za-z]{1,30}", message = "{core.error.format}") @Nullable String kind,
                      @NotBlank @Pattern(regexp = "\\d{1,18}", message = "{pln.error.chooseThing}") @Nullable String thingId) {
}
