package kyodo.plan.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/**
 * An item of a plan at any level, with the fields of the progress sheet: 事業名 ({@code name}), 現状・課題
 * ({@code issue}), 目的, 推進内容 ({@code content}), 対象者 ({@code target}), 実施主体 ({@code actor}),
 * 主たる部署 ({@code departmentId} and a note such as 市民活動サポートセンター), 関係部署など and 完了の目安.
 * {@code repostOf} names the item a 【再掲】 item repeats.
 */
@MappedEntity("pln_item")
public record Item(@Id @GeneratedValue @Nullable Long id,
                   long planId,
                   @Nullable Long parentId,
                   int depth,
                   String number,
                   String sortKey,
                   String name,
                   @Nullable Long repostOf,
                   @Nullable String issue,
                   @Nullable String purpose,
                   @Nullable String content,
                   @Nullable String target,
                   @Nullable String actor,
                   @Nullable Long departmentId,
                   @Nullable String departmentNote,
                   @Nullable String relatedDepartments,
                   @Nullable String completion,
                   LocalDateTime createdAt,
                   LocalDateTime updatedAt) {

    public boolean repost() {
        return repostOf != null;
    }
}
