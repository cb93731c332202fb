package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import kyodo.subsidies.WindowPhase;

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

    /** 募集前, 募集中 or 締切 at this time. */
    public WindowPhase phase(LocalDateTime now) {
        return WindowPhase.of(opensAt, closesAt, now);
    }

    public boolean isOpen(LocalDateTime now) {
        return phase(now) == WindowPhase.OPEN;
    }

    public boolean isClosed(LocalDateTime now) {
        return phase(now) == WindowPhase.CLOSED;
    }

    public boolean released() {
        return resultsReleasedAt != null;
    }
}
