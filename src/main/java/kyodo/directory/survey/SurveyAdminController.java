package kyodo.directory.survey;

import kyodo.directory.survey.SurveyForms.QuestionInput;
import kyodo.directory.survey.SurveyForms.RoundInput;

import kyodo.directory.groups.Group;
import kyodo.directory.groups.GroupFinder;
import kyodo.directory.imports.DirectoryCsv;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import kyodo.core.CsvFiles;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.CityClock;
import kyodo.core.Pages;
import kyodo.core.Viewer;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Staff run the yearly status survey (実態及び意向調査): rounds, questions, progress, reminders, export. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/surveys")
@Secured(SecurityRule.IS_AUTHENTICATED)
class SurveyAdminController {

    private static final Set<String> NOTICES = Set.of("created", "saved", "questionAdded", "questionDeleted", "opened",
            "closed", "reminded");

    private final SurveyRounds surveys;
    private final SurveyAnswers answers;
    private final SurveyProgress progress;
    private final SurveyExport export;
    private final GroupFinder groups;
    private final CityClock clock;

    SurveyAdminController(SurveyRounds surveys, SurveyAnswers answers, SurveyProgress progress, SurveyExport export,
                          GroupFinder groups, CityClock clock) {
        this.surveys = surveys;
        this.answers = answers;
        this.progress = progress;
        this.export = export;
        this.groups = groups;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list() {
        return Pages.page("directory/admin/surveys", Map.of("rounds", surveys.rounds()));
    }

    @Get("/new")
    HttpResponse<?> newForm() {
        int year = clock.fiscalYear().startYear();
        return Pages.page("directory/admin/survey-form", formModel(new RoundInput(null, String.valueOf(year),
                null, null, null), "/admin/surveys", false));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body RoundInput input, Authentication authentication) {
        try {
            long id = surveys.create(Viewer.of(authentication).accountId(), input);
            return Pages.redirect("/admin/surveys/" + id + "?done=created");
        } catch (FormInvalidException e) {
            return Pages.invalid("directory/admin/survey-form", formModel(input, "/admin/surveys", false), e.errors());
        }
    }

    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(@PathVariable long id, @Nullable @QueryValue String done, @Nullable @QueryValue Integer n) {
        return surveys.find(id).<HttpResponse<?>>map(s -> {
            Map<String, Object> model = showModel(s, QuestionInput.empty());
            model.put("notice", done != null && NOTICES.contains(done) ? "dir.survey.notice." + done : null);
            model.put("noticeCount", n == null ? 0 : n);
            return Pages.page("directory/admin/survey", model);
        }).orElseGet(HttpResponse::notFound);
    }

    @Get("/{id:[0-9]+}/edit")
    HttpResponse<?> editForm(@PathVariable long id) {
        return surveys.find(id).<HttpResponse<?>>map(s -> Pages.page("directory/admin/survey-form",
                formModel(RoundInput.of(s), "/admin/surveys/" + id + "/edit", true))).orElseGet(HttpResponse::notFound);
    }

    @Post("/{id:[0-9]+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long id, @Body RoundInput input, Authentication authentication) {
        try {
            surveys.updateRound(Viewer.of(authentication).accountId(), id, input);
            return Pages.redirect("/admin/surveys/" + id + "?done=saved");
        } catch (FormInvalidException e) {
            if (surveys.find(id).isEmpty()) {
                return HttpResponse.notFound();
            }
            return Pages.invalid("directory/admin/survey-form", formModel(input, "/admin/surveys/" + id + "/edit", true),
                    e.errors());
        }
    }

    @Post("/{id:[0-9]+}/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addQuestion(@PathVariable long id, @Body QuestionInput input, Authentication authentication) {
        try {
            surveys.addQuestion(Viewer.of(authentication).accountId(), id, input);
            return Pages.redirect("/admin/surveys/" + id + "?done=questionAdded#questions");
        } catch (FormInvalidException e) {
            return again(id, input, e.errors());
        }
    }

    @Post("/{id:[0-9]+}/questions/{questionId:[0-9]+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deleteQuestion(@PathVariable long id, @PathVariable long questionId, Authentication authentication) {
        try {
            surveys.deleteQuestion(Viewer.of(authentication).accountId(), id, questionId);
            return Pages.redirect("/admin/surveys/" + id + "?done=questionDeleted#questions");
        } catch (FormInvalidException e) {
            return again(id, QuestionInput.empty(), e.errors());
        }
    }

    @Post("/{id:[0-9]+}/open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> open(@PathVariable long id, Authentication authentication) {
        try {
            int asked = surveys.open(Viewer.of(authentication).accountId(), id);
            return Pages.redirect("/admin/surveys/" + id + "?done=opened&n=" + asked);
        } catch (FormInvalidException e) {
            return again(id, QuestionInput.empty(), e.errors());
        }
    }

    @Post("/{id:[0-9]+}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(@PathVariable long id, Authentication authentication) {
        try {
            surveys.close(Viewer.of(authentication).accountId(), id);
            return Pages.redirect("/admin/surveys/" + id + "?done=closed");
        } catch (FormInvalidException e) {
            return again(id, QuestionInput.empty(), e.errors());
        }
    }

    @Post("/{id:[0-9]+}/remind")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remind(@PathVariable long id, Authentication authentication) {
        try {
            int reminded = progress.remind(Viewer.of(authentication).accountId(), id);
            return Pages.redirect("/admin/surveys/" + id + "?done=reminded&n=" + reminded + "#progress");
        } catch (FormInvalidException e) {
            return again(id, QuestionInput.empty(), e.errors());
        }
    }

    /** One group's answers and when its data was confirmed. */
    @Get("/{id:[0-9]+}/groups/{groupId:[0-9]+}")
    HttpResponse<?> groupAnswers(@PathVariable long id, @PathVariable long groupId) {
        Survey survey = surveys.find(id).orElse(null);
        Group group = groups.find(groupId).orElse(null);
        if (survey == null || group == null) {
            return HttpResponse.notFound();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("survey", survey);
        model.put("group", group);
        model.put("response", answers.response(id, groupId).orElse(null));
        model.put("answers", answers.answers(id, groupId));
        return Pages.page("directory/admin/survey-group", model);
    }

    @Get("/{id:[0-9]+}/answers.csv")
    @Produces("text/csv")
    HttpResponse<?> csv(@PathVariable long id, @Nullable @QueryValue String encoding, @Nullable @QueryValue String contacts,
                        Authentication authentication) {
        Survey survey = surveys.find(id).orElse(null);
        if (survey == null) {
            return HttpResponse.notFound();
        }
        CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
        boolean withContacts = "1".equals(contacts);
        return CsvFiles.download(DirectoryCsv.surveyFileName(survey.fiscalYear(), clock.today()),
                export.csv(Viewer.of(authentication).accountId(), id, withContacts, enc), enc);
    }

    private HttpResponse<?> again(long id, QuestionInput input, FieldErrors errors) {
        return surveys.find(id).<HttpResponse<?>>map(s -> {
            Map<String, Object> model = showModel(s, input);
            model.put("notice", null);
            model.put("noticeCount", 0);
            return Pages.invalid("directory/admin/survey", model, errors);
        }).orElseGet(HttpResponse::notFound);
    }

    private Map<String, Object> showModel(Survey survey, QuestionInput questionForm) {
        Map<String, Object> model = new HashMap<>();
        model.put("survey", survey);
        model.put("today", clock.today());
        model.put("questions", surveys.questions(survey.id()));
        model.put("questionForm", questionForm);
        model.put("kinds", java.util.List.of(kyodo.voices.QuestionKind.SINGLE, kyodo.voices.QuestionKind.MULTIPLE,
                kyodo.voices.QuestionKind.TEXT));
        model.put("progress", progress.progress(survey.id()));
        model.put("summary", progress.summary(survey.id()));
        return model;
    }

    private static Map<String, Object> formModel(RoundInput input, String action, boolean editing) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", input);
        model.put("action", action);
        model.put("editing", editing);
        return model;
    }
}
