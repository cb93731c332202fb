package kyodo.support.festa;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;
import kyodo.core.NoScript;

/** The festa's forms. */
public final class FestaForms {

    /** A PR video is a plain https link. */
    static final String VIDEO_URL = "https://[A-Za-z0-9.-]+(?::\\d{1,5})?(?:/[A-Za-z0-9._~!$&'()*+,;=:@%/?#-]*)?";

    private FestaForms() {
    }

    @Introspected
    @Serdeable
    public record FestaForm(
            @NotBlank @Pattern(regexp = "20\\d{2}", message = "{core.error.format}") @Nullable String fiscalYear,
            @NotBlank @Size(max = 200) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String title,
            @NotBlank @Size(max = 2000) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String summary,
            @Pattern(regexp = "\\d{1,18}", message = "{sup.error.eventNumber}") @Nullable String exchangeEventId,
            @Nullable String published) {

        public FestaForm {
            fiscalYear = FormText.ascii(fiscalYear);
            title = FormText.clean(title);
            summary = FormText.clean(summary);
            exchangeEventId = FormText.ascii(exchangeEventId);
        }

        public boolean isPublished() {
            return "true".equals(published);
        }
    }

    @Introspected
    @Serdeable
    public record PeriodForm(
            @NotBlank @Size(max = 100) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String periodName,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String startsOn,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String endsOn,
            @Size(max = 200) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String periodPlace) {

        public PeriodForm {
            periodName = FormText.clean(periodName);
            startsOn = FormText.ascii(startsOn);
            endsOn = FormText.ascii(endsOn);
            periodPlace = FormText.clean(periodPlace);
        }
    }

    @Introspected
    @Serdeable
    public record ExhibitForm(
            @Pattern(regexp = "\\d{1,18}", message = "{sup.error.chooseGroup}") @Nullable String groupId,
            @Size(max = 200) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String groupName,
            @NotBlank @Size(max = 2000) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String exhibitText,
            @Size(max = 500) @Pattern(regexp = VIDEO_URL, message = "{sup.error.videoUrl}") @Nullable String videoUrl) {

        public ExhibitForm {
            groupId = FormText.ascii(groupId);
            groupName = FormText.clean(groupName);
            exhibitText = FormText.clean(exhibitText);
            videoUrl = FormText.clean(videoUrl);
        }
    }

    @Introspected
    @Serdeable
    public record PostForm(
            @NotBlank(message = "{sup.error.choosePostKind}") @Pattern(regexp = "WANT|OFFER", message = "{sup.error.choosePostKind}") @Nullable String postKind,
            @NotBlank @Size(max = 200) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String postGroup,
            @NotBlank @Size(max = 1000) @Pattern(regexp = NoScript.PATTERN, message = "{core.error.script}") @Nullable String postText) {

        public PostForm {
            postKind = FormText.clean(postKind);
            postGroup = FormText.clean(postGroup);
            postText = FormText.clean(postText);
        }
    }
}
