package kyodo.directory.survey;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;

/** What the survey's report queries read. */
public final class SurveyRows {

    private SurveyRows() {
    }

    /** A round with how many groups submitted. */
    @Introspected
    public record RoundRow(long id, long submitted) {
    }

    /** A group's progress in a round. */
    @Introspected
    public record ProgressRow(long id, String name, String nameKana, @Nullable String status,
                              @Nullable LocalDateTime dataConfirmedAt, @Nullable LocalDateTime submittedAt,
                              @Nullable LocalDateTime remindedAt) {
    }

    /** An approved group to ask. */
    @Introspected
    public record GroupToAsk(long id, String name) {
    }
}
