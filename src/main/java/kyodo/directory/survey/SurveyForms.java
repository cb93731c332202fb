package kyodo.directory.survey;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;
import kyodo.directory.internal.OneValue;

import java.util.List;
import java.util.Map;

/** What staff type to set up a survey round and its questions, and what a representative answers. */
public final class SurveyForms {

    private SurveyForms() {
    }

    @Introspected
    @Serdeable
    public record RoundInput(
            @NotBlank @Size(max = 200) @Nullable String surveyTitle,
            @NotBlank @Pattern(regexp = "\\d{4}", message = "{dir.error.year}")
            @Serdeable.Deserializable(using = OneValue.class) @Nullable String surveyYear,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String opensOn,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String closesOn,
            @Size(max = 4000) @Nullable String surveyIntro) {

        public RoundInput {
            surveyTitle = FormText.clean(surveyTitle);
            surveyYear = FormText.number(surveyYear);
            opensOn = FormText.ascii(opensOn);
            closesOn = FormText.ascii(closesOn);
            surveyIntro = FormText.clean(surveyIntro);
        }

        public static RoundInput of(Survey s) {
            return new RoundInput(s.title(), String.valueOf(s.fiscalYear()), s.opensOn().toString(),
                    s.closesOn().toString(), s.intro());
        }
    }

    @Introspected
    @Serdeable
    public record QuestionInput(
            @NotBlank @Size(max = 500) @Nullable String questionText,
            @NotBlank @Nullable String questionKind,
            @Size(max = 2000) @Nullable String choices,
            @Nullable String required) {

        public QuestionInput {
            questionText = FormText.clean(questionText);
            questionKind = FormText.clean(questionKind);
            choices = FormText.clean(choices);
            required = FormText.clean(required);
        }

        public static QuestionInput empty() {
            return new QuestionInput(null, "SINGLE", null, "on");
        }

        /** The box 「回答を必須にする」 is ticked. */
        public boolean mandatory() {
            return required != null;
        }
    }

    /**
     * A representative's answers: one field per question, {@code q_<question id>}, with the text
     * typed or the indexes of the chosen choices ({@code q_12=0&q_12=2}); {@code action} is
     * {@code save} (a draft) or {@code submit}. The questions differ by round, so the fields are
     * collected by name and read against the round's questions.
     */
    @Introspected
    @Serdeable
    public record AnswersForm(@Nullable String action, @Nullable Map<String, List<String>> fields) {

        public AnswersForm(@Nullable String action, @JsonAnySetter @Nullable Map<String, List<String>> fields) {
            this.action = FormText.clean(action);
            this.fields = fields == null ? Map.of() : fields;
        }

        public boolean submit() {
            return "submit".equals(action);
        }

        /** The values posted for a question, without blanks. */
        public List<String> of(long questionId) {
            return fields.getOrDefault("q_" + questionId, List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).toList();
        }
    }
}
