package kyodo.directory.outreach;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A request for an outreach lecture. organisation, contactName, phone and email are the
 * requester's contact details: personal data, shown only to those who need them. Read with the
 * lecture's title and the group's name.
 */
@Introspected
public record LectureRequest(long id, long lectureId, String lectureTitle, long groupId, String groupName,
                             long accountId, String organisation, String contactName, @Nullable String phone,
                             @Nullable String email, LocalDate date1, @Nullable String time1, @Nullable LocalDate date2,
                             @Nullable String time2, String place, int participants, @Nullable String message,
                             Status status, @Nullable LocalDate fixedDate, @Nullable String fixedTime,
                             LocalDateTime createdAt, LocalDateTime updatedAt) {

    /** 受付 → 調整中 → 成立 (date fixed) / 不成立 / 取下げ. */
    public enum Status {
        RECEIVED, ARRANGING, CONFIRMED, FAILED, WITHDRAWN;

        public boolean open() {
            return this == RECEIVED || this == ARRANGING;
        }

        public String labelKey() {
            return "dir.lecReq.status." + name();
        }
    }

    /** Days since the request came in, for the coordinator's list. */
    public long ageDays(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(createdAt.toLocalDate(), today);
    }
}
