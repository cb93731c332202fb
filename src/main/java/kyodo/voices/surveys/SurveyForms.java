package kyodo.voices.surveys;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;
import kyodo.voices.QuestionDraft;

import java.util.List;
import java.util.Map;

/** What staff type to set up a questionnaire and its questions, and what a respondent answers. */
public final class SurveyForms {

    private SurveyForms() {
    }

    @Introspected
    @Serdeable
    public record SurveyForm(
            @NotBlank @Size(max = 200) @Nullable String surveyTitle,
            @Size(max = 4000) @Nullable String surveyIntro,
            @NotBlank(message = "{voi.error.chooseDepartment}") @Pattern(regexp = "\\d{1,18}", message = "{voi.error.chooseDepartment}")
            @Nullable String departmentId,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String opensOn,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String closesOn,
            @NotBlank(message = "{voi.error.survey.respondents}") @Pattern(regexp = "OPEN|SIGNED_IN|SAMPLE",
                    message = "{voi.error.survey.respondents}") @Nullable String respondents,
            @Nullable String attributes,
            @Size(max = 2000) @Nullable String areas) {

        public SurveyForm {
            surveyTitle = FormText.clean(surveyTitle);
            surveyIntro = surveyIntro == null ? null : FormText.clean(surveyIntro.replace("\r\n", "\n"));
            departmentId = FormText.ascii(departmentId);
            opensOn = FormText.ascii(opensOn);
            closesOn = FormText.ascii(closesOn);
            respondents = FormText.clean(respondents);
            attributes = FormText.clean(attributes);
            areas = FormText.clean(areas);
        }

        public static SurveyForm of(CitizenSurvey s) {
            return new SurveyForm(s.title(), s.intro(), Long.toString(s.departmentId()), s.opensOn().toString(),
                    s.closesOn().toString(), s.respondents().name(), null, null);
        }
    }

    /** A question as staff type it (see {@link QuestionDraft} for what each field means). */
    @Introspected
    @Serdeable
    public record QuestionForm(
            @Nullable String questionText,
            @Nullable String questionKind,
            @Nullable String choices,
            @Nullable String required,
            @Nullable String conditionQuestion,
            @Nullable String conditionChoices,
            @Nullable String questionCode,
            @Nullable String breakdown,
            @Nullable String lowLabel,
            @Nullable String highLabel) {

        public static QuestionForm empty() {
            return new QuestionForm(null, "SINGLE", null, "on", null, null, null, null, null, null);
        }

        public QuestionDraft draft() {
            return new QuestionDraft(questionText, questionKind, choices, FormText.clean(required) != null, conditionQuestion,
                    conditionChoices, questionCode, FormText.clean(breakdown) != null, lowLabel, highLabel,
                    QuestionDraft.allKinds());
        }

        public boolean mandatory() {
            return FormText.clean(required) != null;
        }

        public boolean axis() {
            return FormText.clean(breakdown) != null;
        }
    }

    @Introspected
    @Serdeable
    public record CodesForm(@NotBlank @Pattern(regexp = "\\d{1,4}", message = "{core.error.number}") @Nullable String codeCount) {
        public CodesForm {
            codeCount = FormText.number(codeCount);
        }
    }

    /**
     * A respondent's answers: one field per question ({@code q_<id>}, once per chosen option) and, for a sampled
     * questionnaire, the answer code from the letter. The questions differ by questionnaire, so the fields are
     * collected by name and read by the engine.
     */
    @Introspected
    @Serdeable
    public record AnswerForm(@Nullable String answerCode, @Nullable Map<String, List<String>> fields) {

        public AnswerForm(@Nullable String answerCode, @JsonAnySetter @Nullable Map<String, List<String>> fields) {
            this.answerCode = FormText.ascii(answerCode);
            this.fields = fields == null ? Map.of() : fields;
        }
    }
}
