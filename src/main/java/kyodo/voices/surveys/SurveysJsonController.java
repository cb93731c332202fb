package kyodo.voices.surveys;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.openapi.annotation.OpenAPIGroup;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import kyodo.core.ApiPage;
import kyodo.core.ApiProblems;
import kyodo.core.ApiResponses;
import kyodo.core.CityClock;
import kyodo.voices.Question;
import kyodo.voices.Results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 市民アンケート as JSON, read-only and for anyone, as the public pages show them: the questionnaires that are not
 * drafts, with their questions, and the results once staff publish them after the questionnaire is over (counts and
 * shares; free-text answers are never in it, nor who answered).
 */
@OpenAPIGroup("api")
@Controller("/api/v1/voices/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
class SurveysJsonController {

    static final String SURVEY_EXAMPLE = """
            {"id": 5, "title": "Wellbeing survey 2026", "intro": "About ten minutes.", "opensOn": "2026-12-01",
             "closesOn": "2026-12-31", "respondents": "OPEN", "status": "OPEN", "accepting": true, "resultsPublished": false,
             "questions": [{"number": 1, "text": "How happy are you?", "kind": "SCALE", "choices": [], "required": true,
               "conditionQuestion": null, "conditionChoices": [], "lowLabel": "Unhappy", "highLabel": "Very happy"}],
             "resultsUrl": null, "url": "/voices/surveys/5"}""";
    static final String RESULTS_EXAMPLE = """
            {"surveyId": 4, "title": "Wellbeing survey 2025", "respondents": 120,
             "questions": [{"number": 1, "text": "Do you take part in local activities?", "kind": "SINGLE", "answered": 118,
               "mean": null, "counts": [{"choice": "Yes", "count": 43, "percent": 36.4}, {"choice": "No", "count": 75, "percent": 63.6}]}],
             "url": "/voices/surveys/4/results"}""";

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SurveyQuestion")
    record QuestionJson(int number, String text,
                        @Schema(allowableValues = {"SINGLE", "MULTIPLE", "SCALE", "TEXT"}, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
                        @Schema(description = "The options of a choice question; empty otherwise", requiredMode = Schema.RequiredMode.REQUIRED) List<String> choices,
                        boolean required,
                        @Schema(description = "For a conditional question: the number of the question it depends on") @Nullable Integer conditionQuestion,
                        @Schema(description = "The answers to that question that make this one apply", requiredMode = Schema.RequiredMode.REQUIRED) List<String> conditionChoices,
                        @Schema(description = "A scale's label at 0") @Nullable String lowLabel,
                        @Schema(description = "A scale's label at 10") @Nullable String highLabel) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Survey", example = SURVEY_EXAMPLE)
    record SurveyJson(long id, String title, @Nullable String intro, LocalDate opensOn, LocalDate closesOn,
                      @Schema(description = "OPEN (anyone), SIGNED_IN (people signed in) or SAMPLE (those sent an answer code)",
                              allowableValues = {"OPEN", "SIGNED_IN", "SAMPLE"}, requiredMode = Schema.RequiredMode.REQUIRED) String respondents,
                      @Schema(allowableValues = {"SOON", "OPEN", "CLOSED"}, requiredMode = Schema.RequiredMode.REQUIRED) String status,
                      @Schema(description = "Whether answers are accepted today", requiredMode = Schema.RequiredMode.REQUIRED) boolean accepting,
                      boolean resultsPublished, List<QuestionJson> questions, @Nullable String resultsUrl, String url) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SurveyChoiceCount")
    record CountJson(String choice, int count, @Schema(description = "percent of those who answered the question, one decimal",
            requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal percent) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SurveyQuestionResult")
    record QuestionResultJson(int number, String text,
                              @Schema(allowableValues = {"SINGLE", "MULTIPLE", "SCALE", "TEXT"}, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
                              int answered, @Schema(description = "A scale's mean") @Nullable BigDecimal mean,
                              @Schema(description = "Per option; empty for a free-text question", requiredMode = Schema.RequiredMode.REQUIRED) List<CountJson> counts) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SurveyResults", example = RESULTS_EXAMPLE)
    record ResultsJson(long surveyId, String title, int respondents, List<QuestionResultJson> questions, String url) {
    }

    private final SurveySetup setup;
    private final SurveyResults results;
    private final ApiProblems problems;
    private final CityClock clock;

    SurveysJsonController(SurveySetup setup, SurveyResults results, ApiProblems problems, CityClock clock) {
        this.setup = setup;
        this.results = results;
        this.problems = problems;
        this.clock = clock;
    }

    @Get
    @Operation(operationId = "listSurveys", summary = "Citizen questionnaires, latest closing first, with their questions",
            description = "As the questionnaires page lists them (drafts are not). `page` from 1; `size` from 1 to 100 (50 when not given).")
    @ApiResponse(responseCode = "200", description = "A page of questionnaires.")
    @ApiResponses.Public
    ApiPage<SurveyJson> listSurveys(@Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                    @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        return ApiPage.slice(setup.visible(), pageNo, pageSize).map(this::json);
    }

    @Get("/{id:[0-9]+}")
    @Operation(operationId = "getSurvey", summary = "One citizen questionnaire with its questions")
    @ApiResponse(responseCode = "200", description = "The questionnaire", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SurveyJson.class)))
    @ApiResponses.Public
    @ApiResponses.NotFound
    HttpResponse<?> getSurvey(long id, HttpRequest<?> request) {
        return setup.find(id).filter(s -> !s.draft()).<HttpResponse<?>>map(s -> HttpResponse.ok(json(s)))
                .orElseGet(() -> problems.notFound(request));
    }

    @Get("/{id:[0-9]+}/results")
    @Operation(operationId = "getSurveyResults", summary = "The published results of a citizen questionnaire",
            description = "Found once the questionnaire is over and its results are published.")
    @ApiResponse(responseCode = "200", description = "The results", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResultsJson.class)))
    @ApiResponses.Public
    @ApiResponses.NotFound
    HttpResponse<?> getSurveyResults(long id, HttpRequest<?> request) {
        CitizenSurvey s = setup.find(id).filter(x -> x.resultsShown(clock.today())).orElse(null);
        if (s == null) {
            return problems.notFound(request);
        }
        Results r = results.results(id);
        return HttpResponse.ok(new ResultsJson(s.id(), s.title(), r.respondents(), r.questions().stream()
                .map(q -> new QuestionResultJson(q.question().number(), q.question().text(), q.question().kind().name(), q.answered(),
                        q.mean(), q.counts().stream().map(c -> new CountJson(c.choice(), c.count(), c.percent())).toList()))
                .toList(), "/voices/surveys/" + id + "/results"));
    }

    private SurveyJson json(CitizenSurvey s) {
        LocalDate today = clock.today();
        String status = s.over(today) ? "CLOSED" : today.isBefore(s.opensOn()) ? "SOON" : "OPEN";
        List<Question> questions = setup.questions(s.id());
        Map<Long, Integer> numbers = questions.stream().collect(Collectors.toMap(Question::id, Question::number));
        boolean shown = s.resultsShown(today);
        return new SurveyJson(s.id(), s.title(), s.intro(), s.opensOn(), s.closesOn(), s.respondents().name(), status,
                s.accepts(today), shown, questions.stream().map(q -> new QuestionJson(q.number(), q.text(), q.kind().name(),
                        q.choices(), q.required(), q.conditionQuestionId() == null ? null : numbers.get(q.conditionQuestionId()),
                        q.conditionChoices(), q.lowLabel(), q.highLabel())).toList(),
                shown ? "/voices/surveys/" + s.id() + "/results" : null, "/voices/surveys/" + s.id());
    }
}
