package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;

/** 取組実績, mark and 今後の方向性 of an item in a fiscal year, with where it stands in the reporting. */
@Introspected
public record Result(long itemId, int fiscalYear, @Nullable String resultText, @Nullable String mark,
                     @Nullable String direction, String status, @Nullable String reviewComment,
                     @Nullable Long updatedBy, LocalDateTime updatedAt, @Nullable Long submittedBy,
                     @Nullable LocalDateTime submittedAt, @Nullable Long reviewedBy, @Nullable LocalDateTime reviewedAt,
                     @Nullable LocalDateTime publishedAt) {

    public enum Status {
        DRAFT, SUBMITTED, RETURNED, APPROVED;

        public String labelKey() {
            return "pln.result.status." + name();
        }
    }

    public Status statusValue() {
        return Status.valueOf(status);
    }

    public Mark markValue() {
        return Mark.parse(mark).orElse(null);
    }

    public boolean published() {
        return statusValue() == Status.APPROVED && publishedAt != null;
    }

    /** The department may still change it: a draft, or sent back. */
    public boolean editable() {
        return statusValue() == Status.DRAFT || statusValue() == Status.RETURNED;
    }
}
