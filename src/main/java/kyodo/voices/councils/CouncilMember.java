package kyodo.voices.councils;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A citizen member of a council for a term, appointed from an application (or recorded from before the portal). */
@MappedEntity("voi_council_member")
public record CouncilMember(@Id @GeneratedValue @Nullable Long id, long councilId, @Nullable Long applicationId, String name,
                            LocalDate startsOn, LocalDate endsOn, long appointedBy, LocalDateTime appointedAt) {

    public boolean serving(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
