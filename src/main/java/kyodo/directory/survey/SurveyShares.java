package kyodo.directory.survey;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.voices.QuestionnaireEngine;
import kyodo.voices.Results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * For the plan's KPIs: the share (%) of the groups that answered a question of a fiscal year's status survey
 * (by the question's text) and chose a choice, over the submitted answer sets in the questionnaire engine.
 */
@Singleton
public class SurveyShares {

    private final SurveyRepository surveys;
    private final QuestionnaireEngine engine;

    SurveyShares(SurveyRepository surveys, QuestionnaireEngine engine) {
        this.surveys = surveys;
        this.engine = engine;
    }

    /** Empty when no submitted answer set of the year answered the question. */
    @Transactional
    public Optional<BigDecimal> share(int fiscalYear, String question, String choice) {
        long answering = 0;
        long choosing = 0;
        for (long surveyId : surveys.idsOfYear(fiscalYear)) {
            for (Results.QuestionResult r : engine.results(Survey.key(surveyId)).questions()) {
                if (r.question().text().equals(question)) {
                    answering += r.answered();
                    choosing += r.counts().stream().filter(c -> c.choice().equals(choice)).mapToLong(Results.ChoiceCount::count).sum();
                }
            }
        }
        if (answering == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(choosing * 100).divide(BigDecimal.valueOf(answering), 1, RoundingMode.HALF_UP));
    }
}
