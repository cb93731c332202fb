package kyodo.portal.news;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;
import kyodo.core.NoScript;

/** A news item as an editor writes it; {@code formKey} makes the same form sent twice one item. */
@Introspected
@Serdeable
public record NewsForm(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{8,40}", message = "{core.error.format}") @Nullable String formKey,
        @NotBlank(message = "{por.error.chooseCategory}") @Pattern(regexp = "NOTICE|EVENT|RECRUIT|SUBSIDY|REPORT", message = "{por.error.chooseCategory}") @Nullable String category,
        @NotBlank @Size(max = 200) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String title,
        @NotBlank @Size(max = 20000) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String body,
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String publishOn,
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String expiresOn) {

    public NewsForm {
        formKey = FormText.clean(formKey);
        category = FormText.clean(category);
        title = FormText.clean(title);
        body = body == null || body.isBlank() ? null : body.stripTrailing();
        publishOn = FormText.ascii(publishOn);
        expiresOn = FormText.ascii(expiresOn);
    }

    public static NewsForm of(News n) {
        return new NewsForm(n.formKey(), n.category(), n.title(), n.body(), n.publishOn().toString(),
                n.expiresOn() == null ? "" : n.expiresOn().toString());
    }
}
