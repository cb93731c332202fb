package kyodo.voices.surveys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.voices.Answer;
import kyodo.voices.AnswerSheet;
import kyodo.voices.QuestionnaireEngine;
import kyodo.voices.internal.Receipts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 市民アンケート for citizens: the questionnaires open now, answering one (once), and the results once staff
 * publish them. An anonymous respondent's browser keeps a random token (a cookie) so that it answers once.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/voices/surveys")
@Secured(SecurityRule.IS_ANONYMOUS)
class SurveyController {

    static final String COOKIE = "voi_respondent";

    private final SurveySetup setup;
    private final SurveyAnswering answering;
    private final ResultPages resultPages;
    private final QuestionnaireEngine engine;
    private final CityClock clock;

    SurveyController(SurveySetup setup, SurveyAnswering answering, ResultPages resultPages, QuestionnaireEngine engine,
                     CityClock clock) {
        this.setup = setup;
        this.answering = answering;
        this.resultPages = resultPages;
        this.engine = engine;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list() {
        return Pages.page("voices/surveys", Map.of("surveys", setup.visible(), "today", clock.today()));
    }

    private static String token(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse(null);
    }

    @Get("/{id:[0-9]+}")
    HttpResponse<?> form(@PathVariable long id, HttpRequest<?> request, @Nullable Authentication authentication) {
        CitizenSurvey s = setup.find(id).filter(x -> !x.draft()).orElse(null);
        if (s == null) {
            return HttpResponse.notFound();
        }
        String token = token(request);
        boolean newToken = token == null || !token.matches("[0-9a-f]{32}");
        if (newToken) {
            token = Receipts.token();
        }
        SurveyAnswering.Respondent who = new SurveyAnswering.Respondent(Viewer.orNull(authentication), token, null);
        Map<String, Object> model = formModel(s, engine.read(s.key(), Map.of()).answers(), null, authentication);
        model.put("answered", s.respondents() != CitizenSurvey.Respondents.SAMPLE && answering.answered(s, who));
        MutableHttpResponse<?> page = Pages.page("voices/survey-form", model);
        return newToken ? page.cookie(respondentCookie(token)) : page;
    }

    private static Cookie respondentCookie(String token) {
        return Cookie.of(COOKIE, token).path("/voices/surveys").httpOnly(true).sameSite(SameSite.Lax).maxAge(60L * 60 * 24 * 400);
    }

    private Map<String, Object> formModel(CitizenSurvey s, List<Answer> answers, String code, Authentication authentication) {
        Map<String, Object> model = new HashMap<>();
        model.put("survey", s);
        model.put("answers", answers);
        model.put("numbers", answers.stream().collect(java.util.stream.Collectors.toMap(a -> a.question().id(),
                a -> a.question().number())));
        model.put("code", code);
        model.put("today", clock.today());
        model.put("open", s.accepts(clock.today()));
        model.put("signedIn", authentication != null);
        model.put("answered", false);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(@PathVariable long id, @Body SurveyForms.AnswerForm form, HttpRequest<?> request,
                           @Nullable Authentication authentication) {
        CitizenSurvey s = setup.find(id).filter(x -> !x.draft()).orElse(null);
        if (s == null) {
            return HttpResponse.notFound();
        }
        SurveyAnswering.Respondent who = new SurveyAnswering.Respondent(Viewer.orNull(authentication), token(request),
                form.answerCode());
        try {
            answering.answer(id, who, form.fields());
            return Pages.redirect("/voices/surveys/" + id + "/thanks");
        } catch (FormInvalidException e) {
            AnswerSheet typed = engine.read(s.key(), form.fields());
            return Pages.invalid("voices/survey-form", formModel(s, typed.answers(), form.answerCode(), authentication), e.errors());
        }
    }

    @Get("/{id:[0-9]+}/thanks")
    HttpResponse<?> thanks(@PathVariable long id) {
        return setup.find(id).filter(x -> !x.draft()).<HttpResponse<?>>map(s -> Pages.page("voices/survey-thanks",
                Map.of("survey", s, "today", clock.today()))).orElseGet(HttpResponse::notFound);
    }

    @Get("/{id:[0-9]+}/results")
    HttpResponse<?> results(@PathVariable long id, @Nullable @QueryValue Long by) {
        CitizenSurvey s = setup.find(id).filter(x -> x.resultsShown(clock.today())).orElse(null);
        if (s == null) {
            return HttpResponse.notFound();
        }
        return Pages.page("voices/survey-results", resultPages.model(s, by, false));
    }
}
