package kyodo.plan.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A city department (課等名, e.g. 市民活動推進課) in its division (部等名, e.g. 市民経済環境部). */
@MappedEntity("pln_department")
public record Department(@Id @GeneratedValue @Nullable Long id, String name, @Nullable String division,
                         LocalDateTime createdAt) {
}
