package kyodo.directory.board;

import kyodo.directory.internal.Text;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/** A board post as typed. */
@Introspected
public record PostInput(
        @NotBlank @Nullable String kind,
        @NotBlank @Nullable String category,
        @NotBlank @Size(max = 150) @Nullable String postTitle,
        @NotBlank @Size(max = 4000) @Nullable String postBody,
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String neededOn,
        @Size(max = 200) @Nullable String timeText,
        @Nullable List<String> availability,
        @Size(max = 200) @Nullable String place,
        @Size(max = 100) @Nullable String schoolDistrict,
        @Size(max = 100) @Nullable String area,
        @Size(max = 500) @Nullable String skills,
        @Nullable List<String> activityFields,
        @Pattern(regexp = "\\d{1,4}", message = "{core.error.number}") @Nullable String peopleNeeded,
        @Nullable String propertyKind,
        @Size(max = 500) @Nullable String ownerIntention,
        @Nullable String groupId,
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String expiresOn) {

    public static PostInput empty(String kind) {
        return new PostInput(kind, null, null, null, null, null, List.of(), null, null, null, null, List.of(), null,
                null, null, null, null);
    }

    public static PostInput fromForm(Map<String, String> body) {
        return new PostInput(Text.clean(body.get("kind")), Text.clean(body.get("category")),
                Text.clean(body.get("postTitle")), Text.clean(body.get("postBody")),
                Text.clean(Text.digits(body.get("neededOn"))), Text.clean(body.get("timeText")),
                Text.checked(body, "avail_"), Text.clean(body.get("place")), Text.clean(body.get("schoolDistrict")),
                Text.clean(body.get("area")), Text.clean(body.get("skills")), Text.checked(body, "field_"),
                Text.clean(Text.digits(body.get("peopleNeeded"))), Text.clean(body.get("propertyKind")),
                Text.clean(body.get("ownerIntention")), Text.clean(body.get("groupId")),
                Text.clean(Text.digits(body.get("expiresOn"))));
    }

    public boolean hasField(String code) {
        return activityFields != null && activityFields.contains(code);
    }

    public boolean available(String code) {
        return availability != null && availability.contains(code);
    }
}
