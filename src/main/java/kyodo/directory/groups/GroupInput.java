package kyodo.directory.groups;

import kyodo.directory.internal.Text;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * What a person types to register or update a group (also one row of a CSV import).
 * Numbers stay text here so a wrong entry is shown again as typed, with its message.
 */
@Introspected
public record GroupInput(
        @NotBlank @Size(max = 150) @Nullable String groupName,
        @NotBlank @Size(max = 150) @Pattern(regexp = kyodo.core.Kana.PATTERN, message = "{core.error.kana}") @Nullable String nameKana,
        @NotBlank @Nullable String groupType,
        @Size(max = 100) @Nullable String area,
        @Size(max = 100) @Nullable String schoolDistrict,
        @Pattern(regexp = "\\d{4}", message = "{dir.error.year}") @Nullable String foundedYear,
        @Pattern(regexp = "\\d{1,6}", message = "{core.error.number}") @Nullable String memberCount,
        @Size(max = 4000) @Nullable String groupDescription,
        @Size(max = 200) @Nullable String activityDays,
        @Size(max = 200) @Nullable String activityPlace,
        @Size(max = 300) @Nullable String publicContact,
        @Size(max = 300) @Nullable String privateContact,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "{dir.error.url}") @Nullable String website,
        @Size(max = 500) @Nullable String socialLinks,
        @Nullable List<String> activityFields) {

    public static GroupInput empty() {
        return new GroupInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                List.of());
    }

    /** From a posted form: blank text is "not given"; each field of activity is a checkbox field_CODE. */
    public static GroupInput fromForm(Map<String, String> body) {
        return new GroupInput(Text.clean(body.get("groupName")), Text.clean(body.get("nameKana")),
                Text.clean(body.get("groupType")), Text.clean(body.get("area")), Text.clean(body.get("schoolDistrict")),
                Text.clean(Text.digits(body.get("foundedYear"))), Text.clean(Text.digits(body.get("memberCount"))),
                Text.clean(body.get("groupDescription")), Text.clean(body.get("activityDays")),
                Text.clean(body.get("activityPlace")), Text.clean(body.get("publicContact")),
                Text.clean(body.get("privateContact")), Text.clean(body.get("website")),
                Text.clean(body.get("socialLinks")), Text.checked(body, "field_"));
    }

    public boolean hasField(String code) {
        return activityFields != null && activityFields.contains(code);
    }
}
