package kyodo.voices.engine;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** One respondent's sheet of a questionnaire: a draft until submitted (the unique key keeps it to one). */
@MappedEntity("voi_qn_sheet")
public record QnSheet(@Id @GeneratedValue @Nullable Long id, long formId, String respondent, Status status,
                      LocalDateTime updatedAt, @Nullable LocalDateTime submittedAt) {

    public enum Status { DRAFT, SUBMITTED }

    public boolean submitted() {
        return status == Status.SUBMITTED;
    }
}
