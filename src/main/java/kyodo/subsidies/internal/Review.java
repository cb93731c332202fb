package kyodo.subsidies.internal;

import java.time.LocalDateTime;

/** One reviewer's part in one application: recusal, comment, when scored. */
public record Review(long applicationId, long reviewerId, boolean recused, String recusalReason, String comment,
                     LocalDateTime scoredAt) {
}
