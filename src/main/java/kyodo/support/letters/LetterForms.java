package kyodo.support.letters;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;
import kyodo.core.Kana;
import kyodo.core.NoScript;

/** The forms of the appreciation letters, one validated record each; every field as typed. */
public final class LetterForms {

    private LetterForms() {
    }

    /** A citizen's nomination: a group (from the directory, or by name) or a person, why, and for how long. */
    @Introspected
    @Serdeable
    public record NominationForm(
            @NotBlank(message = "{sup.error.chooseKind}") @Pattern(regexp = "GROUP|PERSON", message = "{sup.error.chooseKind}") @Nullable String nomineeKind,
            @Pattern(regexp = "\\d{1,18}", message = "{sup.error.chooseGroup}") @Nullable String groupId,
            @Size(max = 200) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String nomineeName,
            @Size(max = 200) @Pattern(regexp = Kana.PATTERN, message = "{core.error.kana}") @Nullable String nomineeKana,
            @NotBlank @Pattern(regexp = "\\d{1,2}", message = "{core.error.number}") @Nullable String yearsActive,
            @NotBlank @Size(max = 2000) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String reason,
            @NotBlank(message = "{sup.error.nominatorName}") @Size(max = 100) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String nominatorName) {

        public NominationForm {
            nomineeKind = FormText.clean(nomineeKind);
            groupId = FormText.ascii(groupId);
            nomineeName = FormText.clean(nomineeName);
            nomineeKana = FormText.clean(nomineeKana);
            yearsActive = FormText.number(yearsActive);
            reason = FormText.clean(reason);
            nominatorName = FormText.clean(nominatorName);
        }

        public static NominationForm empty(String nominatorName) {
            return new NominationForm("GROUP", "", "", "", "", "", nominatorName);
        }
    }

    /** Staff open a round: its fiscal year and the nomination period. */
    @Introspected
    @Serdeable
    public record RoundForm(
            @NotBlank @Pattern(regexp = "20\\d{2}", message = "{core.error.format}") @Nullable String fiscalYear,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String opensOn,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String closesOn) {

        public RoundForm {
            fiscalYear = FormText.ascii(fiscalYear);
            opensOn = FormText.ascii(opensOn);
            closesOn = FormText.ascii(closesOn);
        }
    }

    /** The ceremony (贈呈式), usually held at the festa: its day and place. */
    @Introspected
    @Serdeable
    public record CeremonyForm(
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String ceremonyOn,
            @Size(max = 200) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String ceremonyPlace) {

        public CeremonyForm {
            ceremonyOn = FormText.ascii(ceremonyOn);
            ceremonyPlace = FormText.clean(ceremonyPlace);
        }
    }

    /** A committee member's vote on one nomination. */
    @Introspected
    @Serdeable
    public record VoteForm(
            @NotBlank(message = "{sup.error.chooseVote}") @Pattern(regexp = "RECOMMEND|NOT_RECOMMEND|INELIGIBLE", message = "{sup.error.chooseVote}") @Nullable String vote,
            @Size(max = 500) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String comment) {

        public VoteForm {
            vote = FormText.clean(vote);
            comment = FormText.clean(comment);
        }
    }

    /** Whether the recipient agreed to be published. */
    @Introspected
    @Serdeable
    public record ConsentForm(@Nullable String consent) {

        public boolean given() {
            return "true".equals(consent);
        }
    }
}
