package kyodo.directory.outreach;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import kyodo.core.FormText;

/** The coordinator's forms on a lecture request. */
public final class RequestForms {

    private RequestForms() {
    }

    /** The new status, the fixed date and time for 成立, and a note kept with the change. */
    @Introspected
    @Serdeable
    public record StatusForm(@Nullable String reqStatus, @Nullable String fixedDate, @Nullable String fixedTime,
                             @Nullable String reqNote) {
        public StatusForm {
            reqStatus = FormText.clean(reqStatus);
            fixedDate = FormText.ascii(fixedDate);
            fixedTime = FormText.clean(fixedTime);
            reqNote = FormText.clean(reqNote);
        }
    }

    @Introspected
    @Serdeable
    public record NoteForm(@Nullable String reqNoteOnly) {
        public NoteForm {
            reqNoteOnly = FormText.clean(reqNoteOnly);
        }
    }
}
