package kyodo.directory.outreach;

import kyodo.directory.internal.ActivityField;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An outreach lecture a group offers (架け橋～市民活動出前講座). Public only when {@code published}
 * and the group is approved. {@code feeAmount} null means free.
 */
public record Lecture(long id, long groupId, String groupName, boolean groupApproved, String title,
                      String description, List<LectureAudience> audiences, String audienceNote, int minutes,
                      Integer feeAmount, String feeNote, String hostPrepares, List<ActivityField> fields,
                      String serviceArea, Integer minPeople, Integer maxPeople, boolean published,
                      LocalDateTime updatedAt) {

    static Lecture of(LectureListing l) {
        return new Lecture(l.id(), l.groupId(), l.groupName(), "APPROVED".equals(l.groupStatus()), l.title(),
                l.description(), LectureAudience.split(l.audiences()), l.audienceNote(), l.minutes(), l.feeAmount(),
                l.feeNote(), l.hostPrepares(), ActivityField.split(l.fields()), l.serviceArea(), l.minPeople(),
                l.maxPeople(), l.published(), l.updatedAt());
    }

    public boolean free() {
        return feeAmount == null;
    }

    /** Shown in the public catalog. */
    public boolean isPublic() {
        return published && groupApproved;
    }

    public LectureInput toInput() {
        return new LectureInput(title, description, audiences.stream().map(Enum::name).toList(), audienceNote,
                String.valueOf(minutes), free() ? "FREE" : "PAID", free() ? null : feeAmount.toString(), feeNote,
                hostPrepares, fields.stream().map(Enum::name).toList(), serviceArea,
                minPeople == null ? null : minPeople.toString(), maxPeople == null ? null : maxPeople.toString(),
                published ? "on" : null);
    }
}
