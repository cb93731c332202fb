package kyodo.voices.surveys;

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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Choice;
import kyodo.core.CityClock;
import kyodo.core.CsvFiles;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.voices.Question;
import kyodo.voices.QuestionKind;
import kyodo.voices.internal.Departments;
import kyodo.voices.internal.VoicesPermissions;
import kyodo.voices.internal.VoicesTexts;
import kyodo.voices.surveys.SurveyForms.CodesForm;
import kyodo.voices.surveys.SurveyForms.QuestionForm;
import kyodo.voices.surveys.SurveyForms.SurveyForm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Staff build citizen questionnaires, open and close them, issue answer codes, read and export the results. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/voices/surveys")
@Secured(SecurityRule.IS_AUTHENTICATED)
class SurveyAdminController {

    private static final Set<String> NOTICES = Set.of("created", "saved", "questionAdded", "questionRemoved", "opened",
            "closed", "codes", "shown", "hidden");

    private final SurveySetup setup;
    private final SurveyResults results;
    private final ResultPages pages;
    private final Departments departments;
    private final VoicesPermissions permissions;
    private final VoicesTexts texts;
    private final CityClock clock;

    SurveyAdminController(SurveySetup setup, SurveyResults results, ResultPages pages, Departments departments,
                          VoicesPermissions permissions, VoicesTexts texts, CityClock clock) {
        this.setup = setup;
        this.results = results;
        this.pages = pages;
        this.departments = departments;
        this.permissions = permissions;
        this.texts = texts;
        this.clock = clock;
    }

    private static String notice(String done) {
        return done != null && NOTICES.contains(done) ? "voi.survey.notice." + done : null;
    }

    @Get
    HttpResponse<?> list() {
        List<CitizenSurvey> all = setup.all();
        return Pages.page("voices/admin/surveys", Map.of("surveys", all, "today", clock.today(),
                "departments", departments.names(), "answers", results.answerCounts(all.stream().map(CitizenSurvey::id).toList())));
    }

    @Get("/new")
    HttpResponse<?> newForm(Authentication auth) {
        var today = clock.today();
        SurveyForm empty = new SurveyForm(null, null, null, today.plusDays(7).toString(), today.plusDays(37).toString(),
                "OPEN", "on", texts.ja("voi.survey.defaultAreas"));
        return Pages.page("voices/admin/survey-form", formModel(empty, "/admin/voices/surveys", true, auth));
    }

    private Map<String, Object> formModel(SurveyForm form, String action, boolean creating, Authentication auth) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("action", action);
        model.put("creating", creating);
        model.put("departmentChoices", departments.choicesFor(Viewer.of(auth)));
        model.put("respondentChoices", Arrays.stream(CitizenSurvey.Respondents.values())
                .map(r -> Choice.keyed(r.name(), r.labelKey())).toList());
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body SurveyForm form, Authentication auth) {
        try {
            long id = setup.create(Viewer.of(auth), form);
            return Pages.redirect("/admin/voices/surveys/" + id + "?done=created");
        } catch (FormInvalidException e) {
            return Pages.invalid("voices/admin/survey-form", formModel(form, "/admin/voices/surveys", true, auth), e.errors());
        }
    }

    @Get("/{id:[0-9]+}/edit")
    HttpResponse<?> editForm(@PathVariable long id, Authentication auth) {
        return setup.find(id).<HttpResponse<?>>map(s -> Pages.page("voices/admin/survey-form",
                formModel(SurveyForm.of(s), "/admin/voices/surveys/" + id + "/edit", false, auth))).orElseGet(HttpResponse::notFound);
    }

    @Post("/{id:[0-9]+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long id, @Body SurveyForm form, Authentication auth) {
        try {
            setup.update(Viewer.of(auth), id, form);
            return Pages.redirect("/admin/voices/surveys/" + id + "?done=saved");
        } catch (FormInvalidException e) {
            if (setup.find(id).isEmpty()) {
                return HttpResponse.notFound();
            }
            return Pages.invalid("voices/admin/survey-form", formModel(form, "/admin/voices/surveys/" + id + "/edit", false, auth),
                    e.errors());
        }
    }

    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(@PathVariable long id, @Nullable @QueryValue String done, @Nullable @QueryValue Integer n,
                         Authentication auth) {
        return setup.find(id).<HttpResponse<?>>map(s -> {
            Map<String, Object> model = showModel(s, QuestionForm.empty(), auth);
            model.put("notice", notice(done));
            model.put("noticeCount", n == null ? 0 : n);
            return Pages.page("voices/admin/survey", model);
        }).orElseGet(HttpResponse::notFound);
    }

    private Map<String, Object> showModel(CitizenSurvey s, QuestionForm questionForm, Authentication auth) {
        List<Question> questions = setup.questions(s.id());
        Map<String, Object> model = new HashMap<>();
        model.put("survey", s);
        model.put("today", clock.today());
        model.put("department", departments.names().getOrDefault(s.departmentId(), ""));
        model.put("questions", questions);
        model.put("questionForm", questionForm);
        model.put("kinds", Arrays.asList(QuestionKind.values()));
        model.put("conditionChoices", questions.stream().filter(Question::choice)
                .map(q -> Choice.named(Long.toString(q.id()), texts.ja("voi.survey.questionNumber", q.number()) + " " + q.text()))
                .toList());
        model.put("mine", permissions.worksFor(Viewer.of(auth), s.departmentId()));
        long[] codes = setup.codeCounts(s.id());
        model.put("codes", codes[0]);
        model.put("codesUsed", codes[1]);
        model.put("codesForm", new CodesForm(null));
        model.put("respondentCount", results.results(s.id()).respondents());
        model.put("notice", null);
        model.put("noticeCount", 0);
        model.put("errors", FieldErrors.none());
        return model;
    }

    private HttpResponse<?> again(long id, QuestionForm form, Authentication auth, FieldErrors errors) {
        return setup.find(id).<HttpResponse<?>>map(s -> Pages.invalid("voices/admin/survey", showModel(s, form, auth), errors))
                .orElseGet(HttpResponse::notFound);
    }

    @Post("/{id:[0-9]+}/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addQuestion(@PathVariable long id, @Body QuestionForm form, Authentication auth) {
        try {
            setup.addQuestion(Viewer.of(auth), id, form);
            return Pages.redirect("/admin/voices/surveys/" + id + "?done=questionAdded#questions");
        } catch (FormInvalidException e) {
            return again(id, form, auth, e.errors());
        }
    }

    @Post("/{id:[0-9]+}/questions/{questionId:[0-9]+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeQuestion(@PathVariable long id, @PathVariable long questionId, Authentication auth) {
        try {
            setup.removeQuestion(Viewer.of(auth), id, questionId);
            return Pages.redirect("/admin/voices/surveys/" + id + "?done=questionRemoved#questions");
        } catch (FormInvalidException e) {
            return again(id, QuestionForm.empty(), auth, e.errors());
        }
    }

    @Post("/{id:[0-9]+}/codes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> issueCodes(@PathVariable long id, @Body CodesForm form, Authentication auth) {
        try {
            int n = setup.issueCodes(Viewer.of(auth), id, form);
            return Pages.redirect("/admin/voices/surveys/" + id + "?done=codes&n=" + n + "#codes");
        } catch (FormInvalidException e) {
            return again(id, QuestionForm.empty(), auth, e.errors());
        }
    }

    @Get("/{id:[0-9]+}/codes.csv")
    @Produces("text/csv")
    HttpResponse<?> codes(@PathVariable long id, @Nullable @QueryValue String encoding, Authentication auth) {
        if (setup.find(id).isEmpty()) {
            return HttpResponse.notFound();
        }
        try {
            CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
            List<List<String>> rows = setup.codes(Viewer.of(auth), id).stream().map(List::of).toList();
            return CsvFiles.download("codes-" + id + ".csv", CsvFiles.write(List.of(texts.ja("voi.csv.code")), rows, enc), enc);
        } catch (FormInvalidException e) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN);
        }
    }

    @Post("/{id:[0-9]+}/open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> open(@PathVariable long id, Authentication auth) {
        try {
            setup.open(Viewer.of(auth), id);
            return Pages.redirect("/admin/voices/surveys/" + id + "?done=opened");
        } catch (FormInvalidException e) {
            return again(id, QuestionForm.empty(), auth, e.errors());
        }
    }

    @Post("/{id:[0-9]+}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(@PathVariable long id, Authentication auth) {
        try {
            setup.close(Viewer.of(auth), id);
            return Pages.redirect("/admin/voices/surveys/" + id + "?done=closed");
        } catch (FormInvalidException e) {
            return again(id, QuestionForm.empty(), auth, e.errors());
        }
    }

    @Post("/{id:[0-9]+}/results/show")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> showResults(@PathVariable long id, Authentication auth) {
        return toggle(id, true, auth);
    }

    @Post("/{id:[0-9]+}/results/hide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> hideResults(@PathVariable long id, Authentication auth) {
        return toggle(id, false, auth);
    }

    private HttpResponse<?> toggle(long id, boolean shown, Authentication auth) {
        try {
            setup.showResults(Viewer.of(auth), id, shown);
            return Pages.redirect("/admin/voices/surveys/" + id + "?done=" + (shown ? "shown" : "hidden"));
        } catch (FormInvalidException e) {
            return again(id, QuestionForm.empty(), auth, e.errors());
        }
    }

    @Get("/{id:[0-9]+}/results")
    HttpResponse<?> results(@PathVariable long id, @Nullable @QueryValue Long by) {
        return setup.find(id).<HttpResponse<?>>map(s -> Pages.page("voices/admin/survey-results", pages.model(s, by, true)))
                .orElseGet(HttpResponse::notFound);
    }

    @Get("/{id:[0-9]+}/answers.csv")
    @Produces("text/csv")
    HttpResponse<?> csv(@PathVariable long id, @Nullable @QueryValue String encoding, Authentication auth) {
        if (setup.find(id).isEmpty()) {
            return HttpResponse.notFound();
        }
        CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
        return CsvFiles.download("survey-" + id + ".csv", results.csv(Viewer.of(auth), id, enc), enc);
    }
}
