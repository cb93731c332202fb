package kyodo.directory.outreach;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;
import kyodo.directory.internal.OneValue;

import java.util.List;

/**
 * What a group's representative types to offer a lecture. Numbers stay text so a wrong entry
 * (text, a decimal, 13 digits, the field sent twice) comes back as typed with its message.
 */
@Introspected
@Serdeable
public record LectureInput(
        @NotBlank @Size(max = 150) @Nullable String lecTitle,
        @NotBlank @Size(max = 4000) @Nullable String lecDescription,
        @Nullable List<String> lecAudiences,
        @Size(max = 200) @Nullable String lecAudienceNote,
        @NotBlank @Pattern(regexp = "\\d{1,4}", message = "{core.error.number}")
        @Serdeable.Deserializable(using = OneValue.class) @Nullable String lecMinutes,
        @NotBlank @Nullable String lecFeeKind,
        @Pattern(regexp = "\\d{1,7}", message = "{core.error.number}")
        @Serdeable.Deserializable(using = OneValue.class) @Nullable String lecFeeAmount,
        @Size(max = 200) @Nullable String lecFeeNote,
        @Size(max = 1000) @Nullable String lecPrepare,
        @Nullable List<String> activityFields,
        @Size(max = 200) @Nullable String lecArea,
        @Pattern(regexp = "\\d{1,4}", message = "{core.error.number}")
        @Serdeable.Deserializable(using = OneValue.class) @Nullable String lecMinPeople,
        @Pattern(regexp = "\\d{1,4}", message = "{core.error.number}")
        @Serdeable.Deserializable(using = OneValue.class) @Nullable String lecMaxPeople,
        @Nullable String lecPublished) {

    public LectureInput {
        lecTitle = FormText.clean(lecTitle);
        lecDescription = FormText.clean(lecDescription);
        lecAudiences = lecAudiences == null ? List.of() : lecAudiences;
        lecAudienceNote = FormText.clean(lecAudienceNote);
        lecMinutes = FormText.number(lecMinutes);
        lecFeeKind = FormText.clean(lecFeeKind);
        lecFeeAmount = FormText.number(lecFeeAmount);
        lecFeeNote = FormText.clean(lecFeeNote);
        lecPrepare = FormText.clean(lecPrepare);
        activityFields = activityFields == null ? List.of() : activityFields;
        lecArea = FormText.clean(lecArea);
        lecMinPeople = FormText.number(lecMinPeople);
        lecMaxPeople = FormText.number(lecMaxPeople);
        lecPublished = FormText.clean(lecPublished);
    }

    public static LectureInput empty() {
        return new LectureInput(null, null, List.of(), null, "90", "FREE", null, null, null, List.of(), null, null,
                null, "on");
    }

    /** The box 「一覧に公開する」 is ticked. */
    public boolean published() {
        return lecPublished != null;
    }

    public boolean hasField(String code) {
        return activityFields.contains(code);
    }

    public boolean hasAudience(String code) {
        return lecAudiences.contains(code);
    }

    public boolean paid() {
        return "PAID".equals(lecFeeKind);
    }
}
