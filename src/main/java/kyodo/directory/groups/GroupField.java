package kyodo.directory.groups;

import io.micronaut.core.annotation.Introspected;

/** One field of activity of a group (a row of {@code dir_group_field}). */
@Introspected
public record GroupField(long groupId, String field) {
}
