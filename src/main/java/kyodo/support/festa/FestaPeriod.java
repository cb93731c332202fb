package kyodo.support.festa;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** One of an edition's display periods (展示期間の区分). */
@MappedEntity("sup_festa_period")
public record FestaPeriod(@Id @GeneratedValue @Nullable Long id, long festaId, String name, LocalDate startsOn, LocalDate endsOn,
                          @Nullable String place) {
}
