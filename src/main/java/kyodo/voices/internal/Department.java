package kyodo.voices.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A department of the city (担当課). A coordinating one (企画・広聴) routes opinions and sees every submission. */
@MappedEntity("voi_department")
public record Department(@Id @GeneratedValue @Nullable Long id, String name, boolean coordinating, long createdBy,
                         LocalDateTime createdAt) {
}
