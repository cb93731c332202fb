package kyodo.directory.groups;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;
import kyodo.core.Kana;
import kyodo.directory.internal.OneValue;

import java.util.List;

/**
 * What a person types to register or update a group (also one row of a CSV import, and the
 * survey's data step). Numbers stay text here so a wrong entry is shown again as typed, with its
 * message. The fields of activity are checkboxes {@code activityFields=CHILDCARE&activityFields=TOWN}.
 */
@Introspected
@Serdeable
public record GroupInput(
        @NotBlank @Size(max = 150) @Nullable String groupName,
        @NotBlank @Size(max = 150) @Pattern(regexp = Kana.PATTERN, message = "{core.error.kana}") @Nullable String nameKana,
        @NotBlank @Nullable String groupType,
        @Size(max = 100) @Nullable String area,
        @Size(max = 100) @Nullable String schoolDistrict,
        @Pattern(regexp = "\\d{4}", message = "{dir.error.year}")
        @Serdeable.Deserializable(using = OneValue.class) @Nullable String foundedYear,
        @Pattern(regexp = "\\d{1,6}", message = "{core.error.number}")
        @Serdeable.Deserializable(using = OneValue.class) @Nullable String memberCount,
        @Size(max = 4000) @Nullable String groupDescription,
        @Size(max = 200) @Nullable String activityDays,
        @Size(max = 200) @Nullable String activityPlace,
        @Size(max = 300) @Nullable String publicContact,
        @Size(max = 300) @Nullable String privateContact,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "{dir.error.url}") @Nullable String website,
        @Size(max = 500) @Nullable String socialLinks,
        @Nullable List<String> activityFields) {

    public GroupInput {
        groupName = FormText.clean(groupName);
        nameKana = FormText.clean(nameKana);
        groupType = FormText.clean(groupType);
        area = FormText.clean(area);
        schoolDistrict = FormText.clean(schoolDistrict);
        foundedYear = FormText.number(foundedYear);
        memberCount = FormText.number(memberCount);
        groupDescription = FormText.clean(groupDescription);
        activityDays = FormText.clean(activityDays);
        activityPlace = FormText.clean(activityPlace);
        publicContact = FormText.clean(publicContact);
        privateContact = FormText.clean(privateContact);
        website = FormText.clean(website);
        socialLinks = FormText.clean(socialLinks);
        activityFields = activityFields == null ? List.of() : activityFields;
    }

    public static GroupInput empty() {
        return new GroupInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                List.of());
    }

    public boolean hasField(String code) {
        return activityFields.contains(code);
    }
}
