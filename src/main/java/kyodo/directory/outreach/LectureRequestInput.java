package kyodo.directory.outreach;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;
import kyodo.directory.internal.OneValue;

/** What a resident or a school types to request a lecture. */
@Introspected
@Serdeable
public record LectureRequestInput(
        @NotBlank @Size(max = 150) @Nullable String reqOrganisation,
        @NotBlank @Size(max = 100) @Nullable String reqContactName,
        @Pattern(regexp = "[0-9+\\-() ]{10,20}", message = "{dir.error.phone}") @Nullable String reqPhone,
        @Email @Size(max = 254) @Nullable String reqEmail,
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String reqDate1,
        @Size(max = 50) @Nullable String reqTime1,
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String reqDate2,
        @Size(max = 50) @Nullable String reqTime2,
        @NotBlank @Size(max = 200) @Nullable String reqPlace,
        @NotBlank @Pattern(regexp = "\\d{1,4}", message = "{core.error.number}")
        @Serdeable.Deserializable(using = OneValue.class) @Nullable String reqParticipants,
        @Size(max = 2000) @Nullable String reqMessage) {

    public LectureRequestInput {
        reqOrganisation = FormText.clean(reqOrganisation);
        reqContactName = FormText.clean(reqContactName);
        reqPhone = FormText.ascii(reqPhone);
        reqEmail = FormText.clean(reqEmail);
        reqDate1 = FormText.ascii(reqDate1);
        reqTime1 = FormText.clean(reqTime1);
        reqDate2 = FormText.ascii(reqDate2);
        reqTime2 = FormText.clean(reqTime2);
        reqPlace = FormText.clean(reqPlace);
        reqParticipants = FormText.number(reqParticipants);
        reqMessage = FormText.clean(reqMessage);
    }

    public static LectureRequestInput empty(String contactName, String email) {
        return new LectureRequestInput(null, contactName, null, email, null, null, null, null, null, null, null);
    }
}
