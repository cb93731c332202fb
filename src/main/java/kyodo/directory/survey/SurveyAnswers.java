package kyodo.directory.survey;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Viewer;
import kyodo.directory.groups.Group;
import kyodo.directory.groups.GroupFinder;
import kyodo.directory.internal.DirectoryMails;
import kyodo.directory.internal.DirectoryPermissions;
import kyodo.voices.Answer;
import kyodo.voices.AnswerSheet;
import kyodo.voices.Question;
import kyodo.voices.QuestionKind;
import kyodo.voices.QuestionnaireEngine;
import kyodo.voices.StoredSheet;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A group's representative answers a round: the answers are saved as a draft and resumed until
 * the closing date, then submitted once (a second submit changes nothing). The answers are the
 * group's sheet ({@code group:<id>}) in the shared questionnaire engine, which reads, checks and
 * stores them; this class keeps the round's rules (dates, the representative, data confirmed first).
 */
@Singleton
public class SurveyAnswers {

    public enum AnswerStatus { NONE, DRAFT, SUBMITTED }

    public record Response(long id, AnswerStatus status, LocalDateTime dataConfirmedAt, LocalDateTime submittedAt,
                           Map<Long, String> answers) {
        public boolean submitted() {
            return status == AnswerStatus.SUBMITTED;
        }

        public boolean dataConfirmed() {
            return dataConfirmedAt != null;
        }
    }

    /** A question with what has been answered (or typed) so far, for the form and the read-only view. */
    public record AnswerView(Question question, String value, Set<String> selected, boolean invalid) {

        static AnswerView of(Answer a) {
            return new AnswerView(a.question(), a.text(), new LinkedHashSet<>(a.chosen()), a.invalid());
        }

        Answer answer() {
            return new Answer(question, value, new ArrayList<>(selected), invalid);
        }

        public boolean isSelected(String choice) {
            return selected.contains(choice);
        }

        public String field() {
            return question.field();
        }

        /** As a person reads it: multiple choices joined by 「、」. */
        public String display() {
            return question.kind() == QuestionKind.TEXT ? value : String.join("、", selected);
        }
    }

    /** A round a representative has to (or did) answer for one of their groups. */
    public record Task(Survey survey, long groupId, String groupName, AnswerStatus answerStatus) {
    }

    private final SurveyRounds rounds;
    private final SurveyRepository surveys;
    private final SurveyResponseRepository responses;
    private final QuestionnaireEngine engine;
    private final GroupFinder groups;
    private final DirectoryPermissions permissions;
    private final DirectoryMails mails;
    private final AuditLog audit;
    private final CityClock clock;

    SurveyAnswers(SurveyRounds rounds, SurveyRepository surveys, SurveyResponseRepository responses,
                  QuestionnaireEngine engine, GroupFinder groups, DirectoryPermissions permissions, DirectoryMails mails,
                  AuditLog audit, CityClock clock) {
        this.rounds = rounds;
        this.surveys = surveys;
        this.responses = responses;
        this.engine = engine;
        this.groups = groups;
        this.permissions = permissions;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** The engine's respondent key of a group. */
    static String respondent(long groupId) {
        return "group:" + groupId;
    }

    /** Open rounds (not past their closing date) for each approved group the account represents. */
    @Transactional
    public List<Task> tasks(long accountId) {
        List<Group> mine = groups.representedBy(accountId, true);
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Task> out = new ArrayList<>();
        for (Survey s : surveys.openOn(clock.today())) {
            for (Group g : mine) {
                AnswerStatus status = responses.findBySurveyIdAndGroupId(s.id(), g.id()).map(SurveyResponse::status)
                        .orElse(AnswerStatus.NONE);
                out.add(new Task(s, g.id(), g.name(), status));
            }
        }
        return out;
    }

    @Transactional
    public Optional<Response> response(long surveyId, long groupId) {
        return responses.findBySurveyIdAndGroupId(surveyId, groupId).map(r -> new Response(r.id(), r.status(),
                r.dataConfirmedAt(), r.submittedAt(), engine.sheet(Survey.key(surveyId), respondent(groupId))
                .map(StoredSheet::answers).orElse(Map.of())));
    }

    /** The questions with the stored answers. */
    @Transactional
    public List<AnswerView> answers(long surveyId, long groupId) {
        return engine.stored(Survey.key(surveyId), respondent(groupId)).answers().stream().map(AnswerView::of).toList();
    }

    /** The questions with what was posted: text as typed, choices by their index ({@code q_ID}, once per choice). */
    public List<AnswerView> fromForm(long surveyId, SurveyForms.AnswersForm form) {
        return engine.read(Survey.key(surveyId), form.fields()).answers().stream().map(AnswerView::of).toList();
    }

    /**
     * Step 2: saves the answers, and submits them when {@code submit}. Saving checks only what is
     * typed; submitting also needs every required answer and the confirmed group data. Returns
     * false when the answers had already been submitted (a double submit changes nothing).
     */
    @Transactional
    public boolean saveAnswers(Viewer actor, long surveyId, long groupId, List<AnswerView> answers, boolean submit) {
        Response response = lockResponse(actor, surveyId, groupId);
        if (response.submitted()) {
            return false;
        }
        FieldErrors errors = new FieldErrors();
        if (submit && !response.dataConfirmed()) {
            errors.add(FieldErrors.FORM, "dir.error.survey.confirmDataFirst");
        }
        AnswerSheet sheet = new AnswerSheet(answers.stream().map(AnswerView::answer).toList());
        errors.addAll(engine.check(sheet, submit));
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        engine.save(Survey.key(surveyId), respondent(groupId), sheet, submit);
        LocalDateTime now = clock.now();
        responses.touched(response.id(), actor.accountId(), now);
        if (submit) {
            responses.submitted(response.id(), actor.accountId(), now);
            Survey survey = rounds.find(surveyId).orElseThrow();
            String groupName = groups.find(groupId).map(Group::name).orElse("");
            mails.surveySubmitted(actor.accountId(), survey, groupId, groupName, answers);
            audit.record(actor.accountId(), "dir.audit.surveySubmitted", "dir.audit.target.group", String.valueOf(groupId),
                    "survey " + surveyId);
        }
        return true;
    }

    /**
     * The group's answer row for the round, created on first use (the unique key keeps it to one)
     * and locked, after checking the round still takes answers and the visitor is the group's representative.
     */
    Response lockResponse(Viewer actor, long surveyId, long groupId) {
        Survey survey = rounds.find(surveyId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (!survey.acceptsAnswers(clock.today())) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.survey.notAccepting");
        }
        if (!permissions.canAnswerSurvey(actor, groupId)) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.notAllowed");
        }
        responses.lockGroup(groupId);
        responses.createIfMissing(surveyId, groupId, actor.accountId(), clock.now());
        SurveyResponse r = responses.findForUpdate(surveyId, groupId).orElseThrow();
        return new Response(r.id(), r.status(), r.dataConfirmedAt(), r.submittedAt(), Map.of());
    }
}
