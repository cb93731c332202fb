package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One line of the rubric, scored 1–5 by each reviewer and weighted. */
@MappedEntity("sub_criterion")
public record Criterion(@Id @GeneratedValue @Nullable Long id,
                        long programId,
                        String name,
                        int weight,
                        int sortOrder) {
}
