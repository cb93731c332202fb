package kyodo.directory.groups;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import kyodo.core.FormText;

/** The small forms of a group's page and of the coordinators' decision. */
public final class GroupForms {

    private GroupForms() {
    }

    /** The representative adds a member by the e-mail address of their portal account. */
    @Introspected
    @Serdeable
    public record MemberForm(@Nullable String memberEmail) {
        public MemberForm {
            memberEmail = FormText.clean(memberEmail);
        }
    }

    /** The member who becomes the representative (their account id). */
    @Introspected
    @Serdeable
    public record HandOverForm(@Nullable String newRepresentative) {
        public HandOverForm {
            newRepresentative = FormText.ascii(newRepresentative);
        }
    }

    /** Why a coordinator sends a registration (or a board post) back. */
    @Introspected
    @Serdeable
    public record RejectForm(@Nullable String rejectReason) {
        public RejectForm {
            rejectReason = FormText.clean(rejectReason);
        }
    }
}
