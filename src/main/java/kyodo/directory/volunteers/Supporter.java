package kyodo.directory.volunteers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** A まちづくりサポーター: an account, since when, and why (a completed course, or a coordinator). */
@MappedEntity("dir_supporter")
public record Supporter(@Id long accountId, LocalDate since, String source, @Nullable Long setBy) {
}
