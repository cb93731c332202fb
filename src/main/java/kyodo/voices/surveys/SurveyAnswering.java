package kyodo.voices.surveys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Viewer;
import kyodo.voices.AnswerSheet;
import kyodo.voices.QuestionnaireEngine;
import kyodo.voices.internal.Receipts;

import java.util.Locale;
import java.util.Map;

/**
 * A respondent answers a citizen questionnaire once: the answers are checked by the engine (an option not in the
 * list, text over the limit, a required question that applies left empty: a message, nothing written), then the
 * respondent is recorded as having answered (the primary key refuses a second answer, also four at once) and the
 * answers are stored under a random key, so that they are never linked to the person.
 */
@Singleton
public class SurveyAnswering {

    /** Who is answering, as the questionnaire's respondents are told apart. */
    public record Respondent(@Nullable Viewer viewer, @Nullable String browserToken, @Nullable String code) {
    }

    private final SurveyRepositories.Surveys surveys;
    private final SurveyRepositories.Codes codes;
    private final SurveyRepositories.Participants participants;
    private final QuestionnaireEngine engine;
    private final CityClock clock;

    SurveyAnswering(SurveyRepositories.Surveys surveys, SurveyRepositories.Codes codes,
                    SurveyRepositories.Participants participants, QuestionnaireEngine engine, CityClock clock) {
        this.surveys = surveys;
        this.codes = codes;
        this.participants = participants;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * The participant key: the account when signed in (always for a questionnaire for signed-in people), the code
     * for a sample, else the browser's token; null when this respondent cannot answer (with the reason).
     */
    static String participant(CitizenSurvey s, Respondent who, FieldErrors errors) {
        switch (s.respondents()) {
            case SIGNED_IN -> {
                if (who.viewer() == null) {
                    errors.add(FieldErrors.FORM, "voi.error.survey.signIn");
                    return null;
                }
                return "account:" + who.viewer().accountId();
            }
            case SAMPLE -> {
                String code = who.code() == null ? null : who.code().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
                if (code == null || !code.matches("[A-Z0-9]{10}")) {
                    errors.add("answerCode", "voi.error.survey.code");
                    return null;
                }
                return "code:" + code;
            }
            default -> {
                if (who.viewer() != null) {
                    return "account:" + who.viewer().accountId();
                }
                if (who.browserToken() == null || !who.browserToken().matches("[0-9a-f]{32}")) {
                    errors.add(FieldErrors.FORM, "voi.error.survey.cookies");
                    return null;
                }
                return "browser:" + who.browserToken();
            }
        }
    }

    /** Whether this respondent answered already (for the form page). */
    @Transactional
    public boolean answered(CitizenSurvey s, Respondent who) {
        String key = participant(s, who, new FieldErrors());
        return key != null && participants.answered(s.id(), key) > 0;
    }

    @Transactional
    public void answer(long surveyId, Respondent who, Map<String, java.util.List<String>> fields) {
        CitizenSurvey s = surveys.findById(surveyId).filter(x -> !x.draft())
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (!s.accepts(clock.today())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.survey.notOpen");
        }
        FieldErrors errors = new FieldErrors();
        String participant = participant(s, who, errors);
        if (participant != null && s.respondents() == CitizenSurvey.Respondents.SAMPLE
                && codes.exists(surveyId, participant.substring("code:".length())) == 0) {
            errors.add("answerCode", "voi.error.survey.code");
        }
        AnswerSheet sheet = engine.read(s.key(), fields);
        errors.addAll(engine.check(sheet, true));
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        if (participants.claim(surveyId, participant, clock.today()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.survey.alreadyAnswered");
        }
        if (s.respondents() == CitizenSurvey.Respondents.SAMPLE
                && codes.use(surveyId, participant.substring("code:".length()), clock.now()) == 0) {
            throw new FormInvalidException("answerCode", "voi.error.survey.codeUsed");
        }
        // Not logged: a log line with the person and the time would link them to the sheet.
        engine.save(s.key(), "anon:" + Receipts.token(), sheet, true);
    }
}
