package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** 募集期: the application period and its 審査会 (review session). */
@MappedEntity("sub_window")
public record Window(@Id @GeneratedValue @Nullable Long id,
                     long programId,
                     int number,
                     LocalDateTime opensAt,
                     LocalDateTime closesAt,
                     @Nullable LocalDate sessionDate,
                     @Nullable LocalTime sessionTime,
                     @Nullable String sessionPlace,
                     @Nullable LocalDateTime resultsReleasedAt) {

    public boolean isOpen(LocalDateTime now) {
        return !now.isBefore(opensAt) && !now.isAfter(closesAt);
    }

    public boolean isClosed(LocalDateTime now) {
        return now.isAfter(closesAt);
    }

    public boolean released() {
        return resultsReleasedAt != null;
    }
}
