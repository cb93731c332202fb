package kyodo.directory.imports;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A bad row of a failed background import, as stored. */
@Introspected
public record ImportJobError(long line, String columnName, String messageKey, @Nullable String arg) {
}
