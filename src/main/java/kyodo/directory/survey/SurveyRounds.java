package kyodo.directory.survey;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.directory.groups.GroupMembers;
import kyodo.directory.groups.GroupRepository;
import kyodo.directory.internal.DirectoryMails;
import kyodo.directory.survey.SurveyForms.QuestionInput;
import kyodo.directory.survey.SurveyForms.RoundInput;

import kyodo.voices.Question;
import kyodo.voices.QuestionDraft;
import kyodo.voices.QuestionKind;
import kyodo.voices.QuestionnaireEngine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Staff set up a round of the yearly status survey (実態及び意向調査) and its questions, open it
 * (every approved group's representative is asked by e-mail) and close it. The questions are kept by the
 * shared questionnaire engine; the round decides when they may change (only while it is a draft).
 */
@Singleton
public class SurveyRounds {

    static final String TARGET = "dir.audit.target.survey";
    /** The kinds of question the status survey asks (no 0–10 scale). */
    public static final Set<QuestionKind> KINDS = EnumSet.of(QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.TEXT);

    public record Round(Survey survey, long groups, long submitted) {
    }

    private final SurveyRepository surveys;
    private final QuestionnaireEngine engine;
    private final GroupRepository groups;
    private final GroupMembers members;
    private final FormValidator validator;
    private final AuditLog audit;
    private final DirectoryMails mails;
    private final CityClock clock;

    SurveyRounds(SurveyRepository surveys, QuestionnaireEngine engine, GroupRepository groups,
                 GroupMembers members, FormValidator validator, AuditLog audit, DirectoryMails mails, CityClock clock) {
        this.surveys = surveys;
        this.engine = engine;
        this.groups = groups;
        this.members = members;
        this.validator = validator;
        this.audit = audit;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public List<Round> rounds() {
        long approved = groups.countApproved();
        Map<Long, Long> submitted = surveys.submittedCounts().stream()
                .collect(Collectors.toMap(SurveyRows.RoundRow::id, SurveyRows.RoundRow::submitted));
        return surveys.newestFirst().stream()
                .map(s -> new Round(s, approved, submitted.getOrDefault(s.id(), 0L))).toList();
    }

    @Transactional
    public java.util.Optional<Survey> find(long id) {
        return surveys.findById(id);
    }

    @Transactional
    public List<Question> questions(long surveyId) {
        return engine.questions(Survey.key(surveyId));
    }

    @Transactional
    public long create(long actorId, RoundInput input) {
        Dates dates = checkRound(input);
        long id = surveys.save(new Survey(null, input.surveyTitle(), Integer.parseInt(input.surveyYear()), dates.opens,
                dates.closes, input.surveyIntro(), Survey.Status.DRAFT, actorId, clock.now(), null, null, null)).id();
        audit.record(actorId, "dir.audit.surveyCreated", TARGET, String.valueOf(id), input.surveyTitle());
        return id;
    }

    /** Title, dates and intro may change until the round is closed (e.g. to extend the deadline). */
    @Transactional
    public void updateRound(long actorId, long id, RoundInput input) {
        Survey survey = lock(id);
        if (survey.status() == Survey.Status.CLOSED) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.survey.closed");
        }
        Dates dates = checkRound(input);
        surveys.update(new Survey(survey.id(), input.surveyTitle(), Integer.parseInt(input.surveyYear()), dates.opens,
                dates.closes, input.surveyIntro(), survey.status(), survey.createdBy(), survey.createdAt(),
                survey.openedAt(), survey.closedAt(), survey.lastRemindedAt()));
        audit.record(actorId, "dir.audit.surveyUpdated", TARGET, String.valueOf(id), input.surveyTitle());
    }

    private record Dates(LocalDate opens, LocalDate closes) {
    }

    private Dates checkRound(RoundInput input) {
        FieldErrors errors = validator.validate(input);
        LocalDate opens = errors.has("opensOn") ? null : parseDate(input.opensOn(), "opensOn", errors);
        LocalDate closes = errors.has("closesOn") ? null : parseDate(input.closesOn(), "closesOn", errors);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            errors.add("closesOn", "dir.error.survey.closesBeforeOpens");
        }
        if (!errors.has("surveyYear")) {
            int year = Integer.parseInt(input.surveyYear());
            if (year < 2000 || year > clock.today().getYear() + 1) {
                errors.add("surveyYear", "dir.error.year");
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        return new Dates(opens, closes);
    }

    private static LocalDate parseDate(String value, String field, FieldErrors errors) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "core.error.date");
            return null;
        }
    }

    /** Questions can be added only while the round is a draft: answers must all reply to the same questions. */
    @Transactional
    public void addQuestion(long actorId, long surveyId, QuestionInput input) {
        requireDraft(lock(surveyId));
        FieldErrors errors = validator.validate(input);
        try {
            engine.addQuestion(Survey.key(surveyId), QuestionDraft.simple(input.questionText(), input.questionKind(),
                    input.choices(), input.mandatory(), KINDS));
        } catch (FormInvalidException e) {
            errors.addAll(e.errors());
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(firstPerField(errors));
        }
    }

    /** The form's own checks first, the engine's after them, one message per field. */
    private static FieldErrors firstPerField(FieldErrors errors) {
        FieldErrors out = new FieldErrors();
        errors.all().forEach((field, messages) -> out.add(field, messages.get(0).key(), messages.get(0).arg()));
        return out;
    }

    @Transactional
    public void deleteQuestion(long actorId, long surveyId, long questionId) {
        requireDraft(lock(surveyId));
        engine.removeQuestion(Survey.key(surveyId), questionId);
    }

    private static void requireDraft(Survey survey) {
        if (!survey.draft()) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.survey.questionsLocked");
        }
    }

    /** Opens the round and asks every approved group's representative by e-mail; returns how many groups were asked. */
    @Transactional
    public int open(long actorId, long id) {
        Survey survey = lock(id);
        if (!survey.draft()) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.survey.alreadyOpened");
        }
        if (questions(id).isEmpty()) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.survey.noQuestions");
        }
        if (survey.closesOn().isBefore(clock.today())) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.survey.closesPast");
        }
        surveys.open(id, clock.now());
        engine.freeze(Survey.key(id));
        List<SurveyRows.GroupToAsk> targets = surveys.groupsToAsk(id, false);
        Map<Long, List<Long>> reps = members.representativesOf(targets.stream().map(SurveyRows.GroupToAsk::id).toList());
        targets.forEach(g -> reps.getOrDefault(g.id(), List.of())
                .forEach(rep -> mails.surveyAsked(rep, survey, g.id(), g.name(), false)));
        audit.record(actorId, "dir.audit.surveyOpened", TARGET, String.valueOf(id), "groups=" + targets.size());
        return targets.size();
    }

    @Transactional
    public void close(long actorId, long id) {
        Survey survey = lock(id);
        if (survey.status() != Survey.Status.OPEN) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.survey.notOpen");
        }
        surveys.close(id, clock.now());
        audit.record(actorId, "dir.audit.surveyClosed", TARGET, String.valueOf(id), null);
    }

    Survey lock(long id) {
        return surveys.findByIdForUpdate(id)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
    }

    /** Non-blank lines, trimmed, without duplicates, in order. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
