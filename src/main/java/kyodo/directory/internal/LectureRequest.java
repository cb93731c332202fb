package kyodo.directory.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A request for an outreach lecture. organisation, contactName, phone and email are the
 * requester's contact details: personal data, shown only to those who need them.
 */
public record LectureRequest(long id, long lectureId, String lectureTitle, long groupId, String groupName,
                             long accountId, String organisation, String contactName, String phone, String email,
                             LocalDate date1, String time1, LocalDate date2, String time2, String place,
                             int participants, String message, Status status, LocalDate fixedDate, String fixedTime,
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

        /** The Japanese label for e-mails and the CSV. */
        public String japanese() {
            return switch (this) {
                case RECEIVED -> "受付";
                case ARRANGING -> "調整中";
                case CONFIRMED -> "成立";
                case FAILED -> "不成立";
                case WITHDRAWN -> "取下げ";
            };
        }
    }

    /** Days since the request came in, for the coordinator's list. */
    public long ageDays(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(createdAt.toLocalDate(), today);
    }
}
