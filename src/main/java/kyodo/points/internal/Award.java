package kyodo.points.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** What one earning source gave a volunteer: earned by the rules, awarded within the caps, the rest over the cap. */
@MappedEntity("pts_award")
public record Award(@Id @GeneratedValue Long id, String sourceKey, String sourceType, long sourceId, long volunteerId,
                    int fiscalYear, LocalDate activityDate, int minutes, @Nullable Long hostGroupId,
                    @Nullable String district, String label,
                    int pointsEarned, int pointsAwarded, int pointsOverCap, int reversedPoints,
                    @Nullable Long transferId, LocalDateTime createdAt) {

    /** What still counts towards the caps and the balance. */
    public int standing() {
        return pointsAwarded - reversedPoints;
    }
}
