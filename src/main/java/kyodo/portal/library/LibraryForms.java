package kyodo.portal.library;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;
import kyodo.core.NoScript;

public final class LibraryForms {

    private LibraryForms() {
    }

    /** A newsletter issue's details (the PDF comes in the same multipart form). */
    @Introspected
    @Serdeable
    public record NewsletterForm(
            @NotBlank @Pattern(regexp = "\\d{1,4}", message = "{core.error.number}") @Nullable String issueNumber,
            @NotBlank @Size(max = 200) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String title,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String publishedOn,
            @NotBlank @Size(max = 2000) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String summary) {

        public NewsletterForm {
            issueNumber = FormText.number(issueNumber);
            title = FormText.clean(title);
            publishedOn = FormText.ascii(publishedOn);
            summary = FormText.clean(summary);
        }
    }

    @Introspected
    @Serdeable
    public record CornerForm(
            @NotBlank @Size(max = 100) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String cornerName,
            @NotBlank @Size(max = 200) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String address,
            @Size(max = 200) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String hours,
            @Size(max = 500) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String note) {

        public CornerForm {
            cornerName = FormText.clean(cornerName);
            address = FormText.clean(address);
            hours = FormText.clean(hours);
            note = FormText.clean(note);
        }
    }
}
