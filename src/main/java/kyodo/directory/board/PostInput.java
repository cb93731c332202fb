package kyodo.directory.board;


import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import kyodo.core.FormText;
import kyodo.directory.internal.OneValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A board post as typed; checkboxes {@code availability=SAT_AM} and {@code activityFields=TOWN}.
 * {@code formKey} is given with the blank form, so that the same form sent twice is one post.
 */
@Introspected
@Serdeable
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
        @Pattern(regexp = "\\d{1,4}", message = "{core.error.number}")
        @Serdeable.Deserializable(using = OneValue.class) @Nullable String peopleNeeded,
        @Nullable String propertyKind,
        @Size(max = 500) @Nullable String ownerIntention,
        @Nullable String groupId,
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String expiresOn,
        @Pattern(regexp = "[A-Za-z0-9-]{8,40}", message = "{core.error.format}") @Nullable String formKey) {

    public PostInput {
        kind = FormText.clean(kind);
        category = FormText.clean(category);
        postTitle = FormText.clean(postTitle);
        postBody = FormText.clean(postBody);
        neededOn = FormText.ascii(neededOn);
        timeText = FormText.clean(timeText);
        availability = availability == null ? List.of() : availability;
        place = FormText.clean(place);
        schoolDistrict = FormText.clean(schoolDistrict);
        area = FormText.clean(area);
        skills = FormText.clean(skills);
        activityFields = activityFields == null ? List.of() : activityFields;
        peopleNeeded = FormText.number(peopleNeeded);
        propertyKind = FormText.clean(propertyKind);
        ownerIntention = FormText.clean(ownerIntention);
        groupId = FormText.ascii(groupId);
        expiresOn = FormText.ascii(expiresOn);
        formKey = FormText.ascii(formKey);
    }

    public static PostInput empty(String kind) {
        return new PostInput(kind, null, null, null, null, null, List.of(), null, null, null, null, List.of(), null,
                null, null, null, null, java.util.UUID.randomUUID().toString());
    }

    public boolean hasField(String code) {
        return activityFields != null && activityFields.contains(code);
    }

    public boolean available(String code) {
        return availability != null && availability.contains(code);
    }
}
