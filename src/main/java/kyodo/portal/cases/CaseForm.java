package kyodo.portal.cases;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;
import kyodo.core.NoScript;

/** A case study as staff write it; {@code formKey} makes the same form sent twice one case study. */
@Introspected
@Serdeable
public record CaseForm(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{8,40}", message = "{core.error.format}") @Nullable String formKey,
        @NotBlank @Size(max = 200) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String title,
        @Pattern(regexp = "\\d{1,18}", message = "{por.error.chooseGroup}") @Nullable String groupId,
        @Size(max = 200) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String groupName,
        @NotBlank @Size(max = 20000) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String body,
        @NotBlank @Pattern(regexp = "NONE|SUBSIDY|MATCH", message = "{core.error.format}") @Nullable String originKind,
        @Pattern(regexp = "\\d{1,18}", message = "{core.error.number}") @Nullable String originId,
        @Size(max = 100) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String consentBy,
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String consentOn,
        @Nullable String published) {

    public CaseForm {
        formKey = FormText.clean(formKey);
        title = FormText.clean(title);
        groupId = FormText.ascii(groupId);
        groupName = FormText.clean(groupName);
        body = body == null || body.isBlank() ? null : body.stripTrailing();
        originKind = FormText.clean(originKind);
        originId = FormText.ascii(originId);
        consentBy = FormText.clean(consentBy);
        consentOn = FormText.ascii(consentOn);
    }

    public boolean isPublished() {
        return "true".equals(published);
    }

    public static CaseForm of(CaseStudy c) {
        return new CaseForm(c.formKey(), c.title(), c.groupId() == null ? "" : c.groupId().toString(), c.groupName(), c.body(),
                c.originKind(), c.originId() == null ? "" : c.originId().toString(), c.consentBy(),
                c.consentOn() == null ? "" : c.consentOn().toString(), c.published() ? "true" : "");
    }
}
