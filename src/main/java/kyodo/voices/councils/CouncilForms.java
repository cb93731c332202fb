package kyodo.voices.councils;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;
import kyodo.core.Kana;

/** What staff type for councils, calls and members, and what a citizen applying types. */
public final class CouncilForms {

    private CouncilForms() {
    }

    @Introspected
    @Serdeable
    public record CouncilForm(
            @NotBlank @Size(max = 200) @Nullable String councilName,
            @NotBlank(message = "{voi.error.chooseDepartment}") @Pattern(regexp = "\\d{1,18}", message = "{voi.error.chooseDepartment}")
            @Nullable String departmentId,
            @Size(max = 2000) @Nullable String purpose,
            @NotBlank @Pattern(regexp = "\\d{1,3}", message = "{core.error.number}") @Nullable String seats,
            @NotBlank @Pattern(regexp = "\\d{1,3}", message = "{core.error.number}") @Nullable String citizenSeats) {

        public CouncilForm {
            councilName = FormText.clean(councilName);
            departmentId = FormText.ascii(departmentId);
            purpose = FormText.clean(purpose);
            seats = FormText.number(seats);
            citizenSeats = FormText.number(citizenSeats);
        }
    }

    @Introspected
    @Serdeable
    public record RecruitmentForm(
            @NotBlank @Pattern(regexp = "\\d{1,3}", message = "{core.error.number}") @Nullable String recruitSeats,
            @NotBlank @Size(max = 2000) @Nullable String callEligibility,
            @NotBlank @Size(max = 300) @Nullable String essayTheme,
            @NotBlank @Pattern(regexp = "\\d{1,4}", message = "{core.error.number}") @Nullable String essayMax,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String opensOn,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String closesOn,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String termStartsOn,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String termEndsOn) {

        public RecruitmentForm {
            recruitSeats = FormText.number(recruitSeats);
            callEligibility = FormText.clean(callEligibility);
            essayTheme = FormText.clean(essayTheme);
            essayMax = FormText.number(essayMax);
            opensOn = FormText.ascii(opensOn);
            closesOn = FormText.ascii(closesOn);
            termStartsOn = FormText.ascii(termStartsOn);
            termEndsOn = FormText.ascii(termEndsOn);
        }
    }

    /** A citizen member from before the portal (or appointed on paper). */
    @Introspected
    @Serdeable
    public record MemberForm(
            @NotBlank @Size(max = 100) @Nullable String memberName,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String memberStartsOn,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String memberEndsOn) {

        public MemberForm {
            memberName = FormText.clean(memberName);
            memberStartsOn = FormText.ascii(memberStartsOn);
            memberEndsOn = FormText.ascii(memberEndsOn);
        }
    }

    @Introspected
    @Serdeable
    public record ApplicationForm(
            @NotBlank @Size(max = 100) @Nullable String applicantName,
            @NotBlank @Size(max = 100) @Pattern(regexp = Kana.PATTERN, message = "{core.error.kana}") @Nullable String applicantKana,
            @NotBlank @Size(max = 300) @Nullable String applicantAddress,
            @NotBlank @Pattern(regexp = "[0-9+()\\- ]{6,20}", message = "{voi.error.phone}") @Nullable String applicantPhone,
            @NotBlank(message = "{voi.error.council.ageBand}") @Nullable String ageBand,
            @NotBlank(message = "{voi.error.council.essayEmpty}") @Nullable String essay,
            @NotBlank(message = "{voi.error.council.eligible}") @Nullable String eligibleConfirmed) {

        public ApplicationForm {
            applicantName = FormText.clean(applicantName);
            applicantKana = FormText.clean(applicantKana);
            applicantAddress = FormText.clean(applicantAddress);
            applicantPhone = FormText.ascii(applicantPhone);
            ageBand = FormText.clean(ageBand);
            essay = essay == null ? null : FormText.clean(essay.replace("\r\n", "\n"));
            eligibleConfirmed = FormText.clean(eligibleConfirmed);
        }
    }

    @Introspected
    @Serdeable
    public record DecisionForm(
            @NotBlank @Pattern(regexp = "SELECTED|NOT_SELECTED", message = "{core.error.format}") @Nullable String decision) {
        public DecisionForm {
            decision = FormText.clean(decision);
        }
    }
}
