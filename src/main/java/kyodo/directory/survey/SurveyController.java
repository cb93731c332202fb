package kyodo.directory.survey;

import kyodo.directory.survey.SurveyAnswers.AnswerView;

import kyodo.directory.groups.Group;
import kyodo.directory.groups.GroupInput;
import kyodo.directory.groups.GroupPages;
import kyodo.directory.groups.GroupFinder;
import kyodo.directory.groups.GroupPages;
import kyodo.directory.internal.DirectoryPermissions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.CityClock;
import kyodo.core.Pages;
import kyodo.core.Viewer;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A group's representative answers the yearly status survey: step 1 confirms or corrects the
 * group's data (the group edit rules), step 2 answers the questions; saved drafts can be resumed
 * until the closing date, after submitting or closing the answers are read-only.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/groups/{groupId:[0-9]+}/surveys/{surveyId:[0-9]+}")
@Secured(SecurityRule.IS_AUTHENTICATED)
class SurveyController {

    /** Refusals that mean "show the read-only page" rather than "correct the form". */
    private static final Set<String> NOT_ANSWERABLE = Set.of("dir.error.survey.notAccepting",
            "dir.error.survey.alreadySubmitted", "core.error.notFound", "dir.error.notAllowed");

    private final SurveyRounds rounds;
    private final SurveyAnswers surveys;
    private final SurveyDataStep dataStep;
    private final GroupFinder groups;
    private final DirectoryPermissions permissions;
    private final CityClock clock;

    SurveyController(SurveyRounds rounds, SurveyAnswers surveys, SurveyDataStep dataStep, GroupFinder groups,
                     DirectoryPermissions permissions, CityClock clock) {
        this.rounds = rounds;
        this.surveys = surveys;
        this.dataStep = dataStep;
        this.groups = groups;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** The round and the group, once the visitor is known to be its representative. */
    private record Visit(Survey survey, Group group, String base, HttpResponse<?> refusal) {
    }

    private Visit visit(long groupId, long surveyId, Authentication authentication) {
        Survey survey = rounds.find(surveyId).filter(s -> !s.draft()).orElse(null);
        Group group = groups.find(groupId).orElse(null);
        if (survey == null || group == null) {
            return new Visit(null, null, null, HttpResponse.notFound());
        }
        // Only the group's representative answers, not its members nor the center's staff.
        if (!permissions.canAnswerSurvey(Viewer.of(authentication), groupId) || !group.approved()) {
            return new Visit(null, null, null, HttpResponse.status(HttpStatus.FORBIDDEN));
        }
        return new Visit(survey, group, "/groups/" + groupId + "/surveys/" + surveyId, null);
    }

    private boolean answerable(Visit v) {
        return v.survey().acceptsAnswers(clock.today())
                && surveys.response(v.survey().id(), v.group().id()).map(r -> !r.submitted()).orElse(true);
    }

    /** Step 1 while answers are taken; otherwise the answers, read-only (also the confirmation after submitting). */
    @Get
    HttpResponse<?> show(@PathVariable long groupId, @PathVariable long surveyId, @Nullable @QueryValue String done,
                         Authentication authentication) {
        Visit v = visit(groupId, surveyId, authentication);
        if (v.refusal() != null) {
            return v.refusal();
        }
        if (answerable(v)) {
            return Pages.page("directory/survey-data", dataModel(v, v.group().toInput()));
        }
        Map<String, Object> model = baseModel(v);
        model.put("answers", surveys.answers(surveyId, groupId));
        model.put("submittedNow", "answered".equals(done));
        return Pages.page("directory/survey-view", model);
    }

    @Post("/data")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirmData(@PathVariable long groupId, @PathVariable long surveyId, @Body GroupInput input,
                                Authentication authentication) {
        Visit v = visit(groupId, surveyId, authentication);
        if (v.refusal() != null) {
            return v.refusal();
        }
        try {
            dataStep.confirmData(Viewer.of(authentication), surveyId, groupId, input);
            return Pages.redirect(v.base() + "/answers?done=confirmed");
        } catch (FormInvalidException e) {
            if (notAnswerable(e.errors())) {
                return Pages.redirect(v.base());
            }
            return Pages.invalid("directory/survey-data", dataModel(v, input), e.errors());
        }
    }

    @Get("/answers")
    HttpResponse<?> answersForm(@PathVariable long groupId, @PathVariable long surveyId, @Nullable @QueryValue String done,
                                Authentication authentication) {
        Visit v = visit(groupId, surveyId, authentication);
        if (v.refusal() != null) {
            return v.refusal();
        }
        if (!answerable(v)) {
            return Pages.redirect(v.base());
        }
        Map<String, Object> model = answersModel(v, surveys.answers(surveyId, groupId));
        model.put("notice", "saved".equals(done) || "confirmed".equals(done) ? "dir.survey.notice.answers." + done : null);
        return Pages.page("directory/survey-answers", model);
    }

    /** {@code action=save} keeps a draft; {@code action=submit} hands the answers in. */
    @Post("/answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(@PathVariable long groupId, @PathVariable long surveyId, @Body SurveyForms.AnswersForm form,
                           Authentication authentication) {
        Visit v = visit(groupId, surveyId, authentication);
        if (v.refusal() != null) {
            return v.refusal();
        }
        List<AnswerView> answers = surveys.fromForm(surveyId, form);
        boolean submit = form.submit();
        try {
            boolean saved = surveys.saveAnswers(Viewer.of(authentication), surveyId, groupId, answers, submit);
            // Not saved means it was already submitted: a second click lands on the same confirmation.
            return Pages.redirect(submit || !saved ? v.base() + "?done=answered" : v.base() + "/answers?done=saved");
        } catch (FormInvalidException e) {
            if (notAnswerable(e.errors())) {
                return Pages.redirect(v.base());
            }
            Map<String, Object> model = answersModel(v, answers);
            model.put("notice", null);
            return Pages.invalid("directory/survey-answers", model, e.errors());
        }
    }

    private static boolean notAnswerable(FieldErrors errors) {
        FieldErrors.Message first = errors.first(FieldErrors.FORM);
        return first != null && NOT_ANSWERABLE.contains(first.key());
    }

    private Map<String, Object> baseModel(Visit v) {
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("survey", v.survey());
        model.put("group", v.group());
        model.put("base", v.base());
        model.put("today", clock.today());
        model.put("response", surveys.response(v.survey().id(), v.group().id()).orElse(null));
        return model;
    }

    private Map<String, Object> dataModel(Visit v, GroupInput input) {
        Map<String, Object> model = GroupPages.formModel(input, v.base() + "/data", true);
        model.putAll(baseModel(v));
        return model;
    }

    private Map<String, Object> answersModel(Visit v, List<AnswerView> answers) {
        Map<String, Object> model = baseModel(v);
        model.put("answers", answers);
        return model;
    }
}
