package kyodo.voices;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;
import java.util.Map;

/** A stored answer sheet: its respondent key (the owner's, e.g. {@code group:12}), its state and answers by question id. */
public record StoredSheet(long id, String respondent, boolean submitted, LocalDateTime updatedAt,
                          @Nullable LocalDateTime submittedAt, Map<Long, String> answers) {
}
