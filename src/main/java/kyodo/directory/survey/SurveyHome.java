package kyodo.directory.survey;


import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.HomeSection;
import kyodo.core.Viewer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The home page tells a representative which status surveys their groups still have to answer. */
@Singleton
class SurveyHome implements HomeSection {

    private final SurveyAnswers surveys;
    private final CityClock clock;

    SurveyHome(SurveyAnswers surveys, CityClock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    @Override
    public Slot slot() {
        return Slot.FOR_YOU;
    }

    @Override
    public String template() {
        return "directory/survey-parts";
    }

    /** Null (no section) for visitors who are not signed in or have nothing to answer. */
    @Override
    public Object data(Locale locale) {
        Long accountId = ServerRequestContext.currentRequest()
                .flatMap(r -> r.getUserPrincipal(Authentication.class)).map(a -> Viewer.of(a).accountId()).orElse(null);
        if (accountId == null) {
            return null;
        }
        LocalDate today = clock.today();
        List<SurveyAnswers.Task> pending = surveys.tasks(accountId).stream()
                .filter(t -> t.answerStatus() != SurveyAnswers.AnswerStatus.SUBMITTED && t.survey().acceptsAnswers(today))
                .toList();
        return pending.isEmpty() ? null : pending;
    }
}
