package kyodo.directory.outreach;

import kyodo.directory.internal.Text;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** What a resident or a school types to request a lecture. */
@Introspected
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
        @NotBlank @Pattern(regexp = "\\d{1,4}", message = "{core.error.number}") @Nullable String reqParticipants,
        @Size(max = 2000) @Nullable String reqMessage) {

    public static LectureRequestInput empty(String contactName, String email) {
        return new LectureRequestInput(null, contactName, null, email, null, null, null, null, null, null, null);
    }

    public static LectureRequestInput fromForm(Map<String, String> body) {
        return new LectureRequestInput(Text.clean(body.get("reqOrganisation")), Text.clean(body.get("reqContactName")),
                Text.clean(Text.digits(body.get("reqPhone"))), Text.clean(body.get("reqEmail")),
                Text.clean(Text.digits(body.get("reqDate1"))), Text.clean(body.get("reqTime1")),
                Text.clean(Text.digits(body.get("reqDate2"))), Text.clean(body.get("reqTime2")),
                Text.clean(body.get("reqPlace")), Text.clean(Text.digits(body.get("reqParticipants"))),
                Text.clean(body.get("reqMessage")));
    }
}
