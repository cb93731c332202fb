package kyodo.voices.councils;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A council or committee of the city (審議会等) with its seats, of which some are for citizen members (公募委員). */
@MappedEntity("voi_council")
public record Council(@Id @GeneratedValue @Nullable Long id, String name, long departmentId, @Nullable String purpose,
                      int seats, int citizenSeats, long createdBy, LocalDateTime createdAt) {
}
