package kyodo.points.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A volunteer's activity at a host: pending → confirmed by the host → posted by a coordinator's check, or rejected. */
@MappedEntity("pts_activity")
public record Activity(@Id @GeneratedValue Long id, long volunteerId, long hostGroupId, LocalDate activityDate,
                       int minutes, String description, String status, long recordedBy, LocalDateTime recordedAt,
                       @Nullable Long hostConfirmedBy, @Nullable LocalDateTime hostConfirmedAt, @Nullable Long checkedBy,
                       @Nullable LocalDateTime checkedAt, @Nullable String rejectReason) {

    public enum Status { PENDING, HOST_CONFIRMED, POSTED, REJECTED }

    public Status statusValue() {
        return Status.valueOf(status);
    }

    public String statusKey() {
        return "pts.activity.status." + status;
    }

    /** 1.5 for 90 minutes, for showing hours as people write them. */
    public String hours() {
        return minutes % 60 == 0 ? Integer.toString(minutes / 60) : String.valueOf(minutes / 60.0);
    }
}
