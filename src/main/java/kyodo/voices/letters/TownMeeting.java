package kyodo.voices.letters;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** まちかど市長室: an event of the events module where the mayor meets residents; opinions raised there are recorded against it. */
@MappedEntity("voi_town_meeting")
public record TownMeeting(@Id long eventId, String title, @Nullable LocalDate heldOn, long registeredBy,
                          LocalDateTime registeredAt) {
}
