package kyodo.subsidies.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** 募集期: the application period and its 審査会 (review session). */
public record Window(long id, long programId, int number, LocalDateTime opensAt, LocalDateTime closesAt,
                     LocalDate sessionDate, LocalTime sessionTime, String sessionPlace,
                     LocalDateTime resultsReleasedAt) {

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
