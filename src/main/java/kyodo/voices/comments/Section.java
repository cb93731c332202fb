package kyodo.voices.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A part of a draft an opinion can point at (第3章 基本施策). */
@MappedEntity("voi_pc_section")
public record Section(@Id @GeneratedValue @Nullable Long id, long draftId, int position, String label) {
}
