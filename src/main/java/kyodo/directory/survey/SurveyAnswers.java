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
import kyodo.directory.internal.Text;
import kyodo.directory.survey.Survey.Question;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A group's representative answers a round: the answers are saved as a draft and resumed until
 * the closing date, then submitted once (a second submit changes nothing).
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
    public record AnswerView(Question question, String value, Set<String> selected) {
        public boolean isSelected(String choice) {
            return selected.contains(choice);
        }

        public String field() {
            return "q_" + question.id();
        }

        /** As a person reads it: multiple choices joined by 「、」. */
        public String display() {
            return question.kind() == Question.Kind.TEXT ? value : String.join("、", selected);
        }
    }

    /** A round a representative has to (or did) answer for one of their groups. */
    public record Task(Survey survey, long groupId, String groupName, AnswerStatus answerStatus) {
    }

    static final int MAX_ANSWER = 2000;

    private final SurveyRounds rounds;
    private final SurveyRepository surveys;
    private final SurveyResponseRepository responses;
    private final GroupFinder groups;
    private final DirectoryPermissions permissions;
    private final DirectoryMails mails;
    private final AuditLog audit;
    private final CityClock clock;

    SurveyAnswers(SurveyRounds rounds, SurveyRepository surveys, SurveyResponseRepository responses, GroupFinder groups,
                  DirectoryPermissions permissions, DirectoryMails mails, AuditLog audit, CityClock clock) {
        this.rounds = rounds;
        this.surveys = surveys;
        this.responses = responses;
        this.groups = groups;
        this.permissions = permissions;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
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
                AnswerStatus status = response(s.id(), g.id()).map(Response::status).orElse(AnswerStatus.NONE);
                out.add(new Task(s, g.id(), g.name(), status));
            }
        }
        return out;
    }

    @Transactional
    public Optional<Response> response(long surveyId, long groupId) {
        return responses.findBySurveyIdAndGroupId(surveyId, groupId).map(r -> {
            Map<Long, String> answers = new HashMap<>();
            responses.answersOf(r.id()).forEach(a -> answers.put(a.questionId(), a.answer()));
            return new Response(r.id(), r.status(), r.dataConfirmedAt(), r.submittedAt(), answers);
        });
    }

    /** The questions with the stored answers. */
    @Transactional
    public List<AnswerView> answers(long surveyId, long groupId) {
        Map<Long, String> stored = response(surveyId, groupId).map(Response::answers).orElse(Map.of());
        return rounds.questions(surveyId).stream().map(q -> stored(q, stored.get(q.id()))).toList();
    }

    private static AnswerView stored(Question q, String answer) {
        return q.kind() == Question.Kind.TEXT ? new AnswerView(q, answer, Set.of())
                : new AnswerView(q, null, new LinkedHashSet<>(SurveyRounds.lines(answer)));
    }

    /** The questions with what was posted: text as typed, choices by their index ({@code q_ID}, once per choice). */
    public List<AnswerView> fromForm(long surveyId, SurveyForms.AnswersForm form) {
        return rounds.questions(surveyId).stream().map(q -> {
            List<String> posted = form.of(q.id());
            return switch (q.kind()) {
                case TEXT -> new AnswerView(q, posted.isEmpty() ? null : Text.clean(String.join("\n", posted)), Set.of());
                case SINGLE, MULTIPLE -> new AnswerView(q, null, choicesAt(q, posted));
            };
        }).toList();
    }

    /** In the question's order; unknown indexes become an impossible choice, so the check reports them. */
    private static Set<String> choicesAt(Question q, List<String> indexes) {
        java.util.TreeMap<Integer, String> chosen = new java.util.TreeMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (String index : indexes) {
            try {
                int i = Integer.parseInt(index.strip());
                chosen.put(i, q.choices().get(i));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                unknown.add("\u0000" + index);
            }
        }
        Set<String> out = new LinkedHashSet<>(chosen.values());
        out.addAll(unknown);
        return out;
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
        for (AnswerView a : answers) {
            Question q = a.question();
            if (a.selected().stream().anyMatch(c -> !q.choices().contains(c))
                    || (q.kind() == Question.Kind.SINGLE && a.selected().size() > 1)) {
                errors.add(a.field(), "dir.error.choose");
            } else if (a.value() != null && a.value().length() > MAX_ANSWER) {
                errors.add(a.field(), "core.error.tooLong", MAX_ANSWER);
            } else if (submit && q.required() && a.value() == null && a.selected().isEmpty()) {
                errors.add(a.field(), switch (q.kind()) {
                    case TEXT -> "core.error.required";
                    case SINGLE -> "dir.error.survey.chooseOne";
                    case MULTIPLE -> "dir.error.survey.chooseSome";
                });
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        responses.deleteAnswers(response.id());
        for (AnswerView a : answers) {
            String answer = a.question().kind() == Question.Kind.TEXT ? a.value()
                    : a.selected().isEmpty() ? null : String.join("\n", a.selected());
            if (answer != null) {
                responses.addAnswer(response.id(), a.question().id(), answer);
            }
        }
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
