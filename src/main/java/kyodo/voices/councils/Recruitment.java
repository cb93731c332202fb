package kyodo.voices.councils;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A call for citizen members of a council: seats, who is eligible, the period, the essay theme and length. */
@MappedEntity("voi_recruitment")
public record Recruitment(@Id @GeneratedValue @Nullable Long id, long councilId, int seats, String eligibility,
                          String essayTheme, int essayMax, LocalDate opensOn, LocalDate closesOn, LocalDate termStartsOn,
                          LocalDate termEndsOn, Status status, long createdBy, LocalDateTime createdAt,
                          @Nullable Long appointedBy, @Nullable LocalDateTime appointedAt) {

    public enum Status { OPEN, APPOINTED }

    public boolean open(LocalDate today) {
        return status == Status.OPEN && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    public boolean ended(LocalDate today) {
        return today.isAfter(closesOn);
    }

    public boolean appointed() {
        return status == Status.APPOINTED;
    }

    public String statusKey(LocalDate today) {
        return appointed() ? "voi.council.rec.APPOINTED" : today.isBefore(opensOn) ? "voi.council.rec.SOON"
                : open(today) ? "voi.council.rec.OPEN" : "voi.council.rec.SELECTING";
    }
}
