package kyodo.support.insurance;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;
import kyodo.core.NoScript;

/** The forms of the activity insurance. */
public final class ClaimForms {

    private ClaimForms() {
    }

    /** An accident report. {@code formKey} is the form's one-time key: sent several times, it is one claim. */
    @Introspected
    @Serdeable
    public record ClaimForm(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{8,40}", message = "{core.error.format}") @Nullable String formKey,
            @Pattern(regexp = "\\d{1,18}", message = "{sup.error.chooseGroup}") @Nullable String groupId,
            @Pattern(regexp = "\\d{1,18}", message = "{sup.error.eventNumber}") @Nullable String eventId,
            @Pattern(regexp = "\\d{1,18}", message = "{core.error.number}") @Nullable String matchId,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String accidentOn,
            @NotBlank @Size(max = 200) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String place,
            @NotBlank @Size(max = 500) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String activity,
            @NotBlank(message = "{sup.error.chooseClaimKind}") @Pattern(regexp = "INJURY|LIABILITY", message = "{sup.error.chooseClaimKind}") @Nullable String claimKind,
            @NotBlank @Size(max = 100) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String partyName,
            @Size(max = 2000) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String healthDetails,
            @NotBlank @Size(max = 2000) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String description) {

        public ClaimForm {
            formKey = FormText.clean(formKey);
            groupId = FormText.ascii(groupId);
            eventId = FormText.ascii(eventId);
            matchId = FormText.ascii(matchId);
            accidentOn = FormText.ascii(accidentOn);
            place = FormText.clean(place);
            activity = FormText.clean(activity);
            claimKind = FormText.clean(claimKind);
            partyName = FormText.clean(partyName);
            healthDetails = FormText.clean(healthDetails);
            description = FormText.clean(description);
        }

        public static ClaimForm empty(String formKey, String groupId) {
            return new ClaimForm(formKey, groupId, "", "", "", "", "", "", "", "", "");
        }
    }

    /** Staff move a claim on (to {@code status}) and/or leave a note. */
    @Introspected
    @Serdeable
    public record NoteForm(
            @Pattern(regexp = "INSURER_CONTACTED|COMPLETED", message = "{core.error.format}") @Nullable String status,
            @Size(max = 2000) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String note) {

        public NoteForm {
            status = FormText.clean(status);
            note = FormText.clean(note);
        }
    }
}
