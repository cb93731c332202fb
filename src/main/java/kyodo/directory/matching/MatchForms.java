package kyodo.directory.matching;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import kyodo.core.FormText;

/** The small forms of the matching: proposing, recording, cancelling, feedback. */
public final class MatchForms {

    private MatchForms() {
    }

    /** A coordinator asks this volunteer, with the reasons the console showed. */
    @Introspected
    @Serdeable
    public record ProposeForm(@Nullable String volunteerId, @Nullable String reasons) {
        public ProposeForm {
            volunteerId = FormText.ascii(volunteerId);
            reasons = FormText.clean(reasons);
        }
    }

    /** Recording an answer, the activity done (date and minutes) or a cancellation. */
    @Introspected
    @Serdeable
    public record MatchActionForm(@Nullable String activityDate, @Nullable String minutes,
                                  @Nullable String cancelReason) {
        public MatchActionForm {
            activityDate = FormText.ascii(activityDate);
            minutes = FormText.number(minutes);
            cancelReason = FormText.clean(cancelReason);
        }
    }

    @Introspected
    @Serdeable
    public record CancelForm(@Nullable String cancelReason) {
        public CancelForm {
            cancelReason = FormText.clean(cancelReason);
        }
    }

    @Introspected
    @Serdeable
    public record FeedbackForm(@Nullable String feedback) {
        public FeedbackForm {
            feedback = FormText.clean(feedback);
        }
    }
}
