package kyodo.directory.survey;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.directory.groups.GroupMembers;
import kyodo.directory.internal.DirectoryMails;
import kyodo.directory.survey.SurveyAnswers.AnswerStatus;
import kyodo.voices.Question;
import kyodo.voices.QuestionnaireEngine;
import kyodo.voices.Results;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Staff follow who answered a round, remind the rest, and read the counts of the choice questions. */
@Singleton
public class SurveyProgress {

    public record GroupProgress(long groupId, String name, String nameKana, AnswerStatus answerStatus,
                                LocalDateTime dataConfirmedAt, LocalDateTime submittedAt, LocalDateTime remindedAt) {
    }

    public record Progress(List<GroupProgress> groups, long submitted, long drafts, long none) {
        public long total() {
            return groups.size();
        }
    }

    /** Counts per choice among submitted answers (from the questionnaire engine); {@code answered} answered the question at all. */
    public record ChoiceSummary(Question question, List<Results.ChoiceCount> counts, long answered) {
    }

    private final SurveyRounds rounds;
    private final SurveyRepository surveys;
    private final SurveyReminderRepository reminders;
    private final QuestionnaireEngine engine;
    private final GroupMembers members;
    private final DirectoryMails mails;
    private final AuditLog audit;
    private final CityClock clock;

    SurveyProgress(SurveyRounds rounds, SurveyRepository surveys, SurveyReminderRepository reminders,
                   QuestionnaireEngine engine, GroupMembers members, DirectoryMails mails, AuditLog audit, CityClock clock) {
        this.rounds = rounds;
        this.surveys = surveys;
        this.reminders = reminders;
        this.engine = engine;
        this.members = members;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every approved group (and any that answered), answered or not, in kana order. */
    @Transactional
    public Progress progress(long surveyId) {
        List<GroupProgress> rows = surveys.progress(surveyId).stream().map(r -> new GroupProgress(r.id(), r.name(),
                r.nameKana(), r.status() == null ? AnswerStatus.NONE : AnswerStatus.valueOf(r.status()),
                r.dataConfirmedAt(), r.submittedAt(), r.remindedAt())).toList();
        return new Progress(rows, count(rows, AnswerStatus.SUBMITTED), count(rows, AnswerStatus.DRAFT),
                count(rows, AnswerStatus.NONE));
    }

    private static long count(List<GroupProgress> rows, AnswerStatus status) {
        return rows.stream().filter(r -> r.answerStatus() == status).count();
    }

    /**
     * Sends one reminder to the representative(s) of each group that has not submitted. The round's
     * row lock and the one-minute guard make a double click send nothing twice.
     */
    @Transactional
    public int remind(long actorId, long id) {
        Survey survey = rounds.lock(id);
        if (!survey.acceptsAnswers(clock.today())) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.survey.notOpen");
        }
        LocalDateTime now = clock.now();
        if (survey.lastRemindedAt() != null && survey.lastRemindedAt().isAfter(now.minusMinutes(1))) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.survey.justReminded");
        }
        List<SurveyRows.GroupToAsk> targets = surveys.groupsToAsk(id, true);
        Map<Long, List<Long>> reps = members.representativesOf(targets.stream().map(SurveyRows.GroupToAsk::id).toList());
        for (SurveyRows.GroupToAsk g : targets) {
            reps.getOrDefault(g.id(), List.of()).forEach(rep -> mails.surveyAsked(rep, survey, g.id(), g.name(), true));
            reminders.save(new SurveyReminder(null, id, g.id(), actorId, now));
        }
        surveys.reminded(id, now);
        audit.record(actorId, "dir.audit.surveyReminded", SurveyRounds.TARGET, String.valueOf(id),
                "groups=" + targets.size());
        return targets.size();
    }

    /** For each choice question: how many submitted answers chose each choice. */
    @Transactional
    public List<ChoiceSummary> summary(long surveyId) {
        return engine.results(Survey.key(surveyId)).questions().stream().filter(r -> r.question().choice())
                .map(r -> new ChoiceSummary(r.question(), r.counts(), r.answered())).toList();
    }
}
