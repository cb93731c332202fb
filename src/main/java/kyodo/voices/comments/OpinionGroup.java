package kyodo.voices.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** 意見の概要: opinions on one point, summarised by staff, with 市の考え方 and whether the plan changed. */
@MappedEntity("voi_pc_group")
public record OpinionGroup(@Id @GeneratedValue @Nullable Long id, long draftId, int position, @Nullable Long sectionId,
                           String summary, @Nullable String response, boolean changed, long updatedBy,
                           LocalDateTime updatedAt) {
}
