package kyodo.directory.survey;

import kyodo.directory.internal.Text;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** What staff type to set up a survey round and its questions; text as typed, so it can be shown again. */
public final class SurveyForms {

    private SurveyForms() {
    }

    @Introspected
    public record RoundInput(
            @NotBlank @Size(max = 200) @Nullable String surveyTitle,
            @NotBlank @Pattern(regexp = "\\d{4}", message = "{dir.error.year}") @Nullable String surveyYear,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String opensOn,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String closesOn,
            @Size(max = 4000) @Nullable String surveyIntro) {

        public static RoundInput fromForm(Map<String, String> body) {
            return new RoundInput(Text.clean(body.get("surveyTitle")), Text.clean(Text.digits(body.get("surveyYear"))),
                    Text.clean(body.get("opensOn")), Text.clean(body.get("closesOn")), Text.clean(body.get("surveyIntro")));
        }

        public static RoundInput of(Survey s) {
            return new RoundInput(s.title(), String.valueOf(s.fiscalYear()), s.opensOn().toString(),
                    s.closesOn().toString(), s.intro());
        }
    }

    @Introspected
    public record QuestionInput(
            @NotBlank @Size(max = 500) @Nullable String questionText,
            @NotBlank @Nullable String questionKind,
            @Size(max = 2000) @Nullable String choices,
            boolean required) {

        public static QuestionInput empty() {
            return new QuestionInput(null, "SINGLE", null, true);
        }

        public static QuestionInput fromForm(Map<String, String> body) {
            return new QuestionInput(Text.clean(body.get("questionText")), Text.clean(body.get("questionKind")),
                    Text.clean(body.get("choices")), body.get("required") != null && !body.get("required").isBlank());
        }
    }
}
