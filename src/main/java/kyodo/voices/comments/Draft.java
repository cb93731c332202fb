package kyodo.voices.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import kyodo.core.FiscalYear;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * A draft plan put to public comment (パブリックコメント): prepared → published (opinions are taken from the
 * opening to the closing day) → result published (意見の概要と市の考え方). The year it counts in is the
 * fiscal year of its closing day.
 */
@MappedEntity("voi_pc_draft")
public record Draft(@Id @GeneratedValue @Nullable Long id, String title, long departmentId, String summary,
                    LocalDate opensOn, LocalDate closesOn, String eligibility, boolean signInRequired,
                    @Nullable String periodNote, Status status, @Nullable String resultChanges, long createdBy,
                    LocalDateTime createdAt, @Nullable Long publishedBy, @Nullable LocalDateTime publishedAt,
                    @Nullable Long resultPublishedBy, @Nullable LocalDateTime resultPublishedAt) {

    public enum Status { PREPARING, PUBLISHED, RESULT_PUBLISHED }

    /** Who may submit: residents, commuters and students, businesses, people with an interest in the plan. */
    public enum Category { RESIDENT, COMMUTER, BUSINESS, STAKEHOLDER;

        public String labelKey() {
            return "voi.pc.category." + name();
        }
    }

    /** The usual length of the period in days. */
    public static final int USUAL_DAYS = 30;

    public List<Category> categories() {
        return Arrays.stream(eligibility.split(",")).filter(s -> !s.isBlank()).map(Category::valueOf).toList();
    }

    public boolean preparing() {
        return status == Status.PREPARING;
    }

    public boolean published() {
        return status != Status.PREPARING;
    }

    public boolean resultPublished() {
        return status == Status.RESULT_PUBLISHED;
    }

    /** Opinions are taken: published, and today is within the period. */
    public boolean open(LocalDate today) {
        return status == Status.PUBLISHED && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    public boolean notYetOpen(LocalDate today) {
        return published() && today.isBefore(opensOn);
    }

    /** The period is over: opinions can no longer be sent or changed. */
    public boolean ended(LocalDate today) {
        return published() && today.isAfter(closesOn);
    }

    /** The period's length, both days counted. */
    public long days() {
        return ChronoUnit.DAYS.between(opensOn, closesOn) + 1;
    }

    public FiscalYear year() {
        return FiscalYear.of(closesOn);
    }

    public String statusKey(LocalDate today) {
        if (status == Status.PREPARING) {
            return "voi.pc.status.PREPARING";
        }
        if (status == Status.RESULT_PUBLISHED) {
            return "voi.pc.status.RESULT_PUBLISHED";
        }
        return notYetOpen(today) ? "voi.pc.status.SOON" : open(today) ? "voi.pc.status.OPEN" : "voi.pc.status.CLOSED";
    }
}
