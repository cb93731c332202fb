package kyodo.directory.outreach;

import kyodo.directory.internal.Text;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/** What a group's representative types to offer a lecture. Numbers stay text so a wrong entry comes back as typed. */
@Introspected
public record LectureInput(
        @NotBlank @Size(max = 150) @Nullable String lecTitle,
        @NotBlank @Size(max = 4000) @Nullable String lecDescription,
        @Nullable List<String> lecAudiences,
        @Size(max = 200) @Nullable String lecAudienceNote,
        @NotBlank @Pattern(regexp = "\\d{1,4}", message = "{core.error.number}") @Nullable String lecMinutes,
        @NotBlank @Nullable String lecFeeKind,
        @Pattern(regexp = "\\d{1,7}", message = "{core.error.number}") @Nullable String lecFeeAmount,
        @Size(max = 200) @Nullable String lecFeeNote,
        @Size(max = 1000) @Nullable String lecPrepare,
        @Nullable List<String> activityFields,
        @Size(max = 200) @Nullable String lecArea,
        @Pattern(regexp = "\\d{1,4}", message = "{core.error.number}") @Nullable String lecMinPeople,
        @Pattern(regexp = "\\d{1,4}", message = "{core.error.number}") @Nullable String lecMaxPeople,
        boolean lecPublished) {

    public static LectureInput empty() {
        return new LectureInput(null, null, List.of(), null, "90", "FREE", null, null, null, List.of(), null, null,
                null, true);
    }

    /** From a posted form: audiences are checkboxes aud_CODE, fields of activity field_CODE. */
    public static LectureInput fromForm(Map<String, String> body) {
        return new LectureInput(Text.clean(body.get("lecTitle")), Text.clean(body.get("lecDescription")),
                Text.checked(body, "aud_"), Text.clean(body.get("lecAudienceNote")),
                Text.clean(Text.digits(body.get("lecMinutes"))), Text.clean(body.get("lecFeeKind")),
                Text.clean(Text.digits(body.get("lecFeeAmount"))), Text.clean(body.get("lecFeeNote")),
                Text.clean(body.get("lecPrepare")), Text.checked(body, "field_"), Text.clean(body.get("lecArea")),
                Text.clean(Text.digits(body.get("lecMinPeople"))), Text.clean(Text.digits(body.get("lecMaxPeople"))),
                Text.clean(body.get("lecPublished")) != null);
    }

    public boolean hasField(String code) {
        return activityFields != null && activityFields.contains(code);
    }

    public boolean hasAudience(String code) {
        return lecAudiences != null && lecAudiences.contains(code);
    }

    public boolean paid() {
        return "PAID".equals(lecFeeKind);
    }
}
