package kyodo.directory.web;

import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import kyodo.core.HomeSection;
import kyodo.directory.internal.SurveyService;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The home page tells a representative which status surveys their groups still have to answer. */
@Singleton
class SurveyHome implements HomeSection {

    private final SurveyService surveys;

    SurveyHome(SurveyService surveys) {
        this.surveys = surveys;
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
                .flatMap(r -> r.getUserPrincipal(Authentication.class)).map(Visitors::id).orElse(null);
        if (accountId == null) {
            return null;
        }
        LocalDate today = LocalDate.now();
        List<SurveyService.Task> pending = surveys.tasks(accountId).stream()
                .filter(t -> t.answerStatus() != SurveyService.AnswerStatus.SUBMITTED && t.survey().acceptsAnswers(today))
                .toList();
        return pending.isEmpty() ? null : pending;
    }
}
