package kyodo.voices.surveys;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Viewer;
import kyodo.voices.Question;
import kyodo.voices.QuestionDraft;
import kyodo.voices.QuestionKind;
import kyodo.voices.QuestionnaireEngine;
import kyodo.voices.councils.Application;
import kyodo.voices.engine.Tally;
import kyodo.voices.internal.Receipts;
import kyodo.voices.internal.VoicesPermissions;
import kyodo.voices.internal.VoicesTexts;
import kyodo.voices.surveys.SurveyForms.CodesForm;
import kyodo.voices.surveys.SurveyForms.QuestionForm;
import kyodo.voices.surveys.SurveyForms.SurveyForm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Staff build a citizen questionnaire (its questions in the engine, by default with the area and age-band
 * questions the results are broken down by), issue answer codes for a sample, open it, close it and publish
 * its results. The questions are fixed once it opens.
 */
@Singleton
public class SurveySetup {

    static final String TARGET = "voi.audit.target.survey";
    static final int MAX_CODES = 5000;

    private final SurveyRepositories.Surveys surveys;
    private final SurveyRepositories.Codes codes;
    private final QuestionnaireEngine engine;
    private final VoicesPermissions permissions;
    private final VoicesTexts texts;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    SurveySetup(SurveyRepositories.Surveys surveys, SurveyRepositories.Codes codes, QuestionnaireEngine engine,
                VoicesPermissions permissions, VoicesTexts texts, FormValidator validator, AuditLog audit, CityClock clock) {
        this.surveys = surveys;
        this.codes = codes;
        this.engine = engine;
        this.permissions = permissions;
        this.texts = texts;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Optional<CitizenSurvey> find(long id) {
        return surveys.findById(id);
    }

    @Transactional
    public List<CitizenSurvey> all() {
        return surveys.newestFirst(500);
    }

    @Transactional
    public List<CitizenSurvey> visible() {
        return surveys.visible(500);
    }

    @Transactional
    public List<Question> questions(long id) {
        return engine.questions(CitizenSurvey.key(id));
    }

    private record Checked(long departmentId, LocalDate opens, LocalDate closes) {
    }

    private Checked check(Viewer actor, SurveyForm form) {
        FieldErrors errors = validator.validate(form);
        if (!errors.has("departmentId") && !permissions.worksFor(actor, Long.parseLong(form.departmentId()))) {
            errors.add("departmentId", "voi.error.chooseDepartment");
        }
        LocalDate opens = date(form.opensOn(), "opensOn", errors);
        LocalDate closes = date(form.closesOn(), "closesOn", errors);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            errors.add("closesOn", "voi.error.closesBeforeOpens");
        }
        if (form.attributes() != null && !errors.has("areas") && Tally.lines(form.areas()).size() == 1) {
            errors.add("areas", "voi.error.survey.areas");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        return new Checked(Long.parseLong(form.departmentId()), opens, closes);
    }

    private static LocalDate date(String value, String field, FieldErrors errors) {
        if (value == null || errors.has(field)) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "core.error.date");
            return null;
        }
    }

    /**
     * Creates the draft; with {@code attributes}, its first questions ask the area (if listed) and the age band.
     * The same questionnaire (title, department) sent again while it is a draft, or several times at once, is one.
     */
    @Transactional
    public long create(Viewer actor, SurveyForm form) {
        Checked c = check(actor, form);
        surveys.lockDepartment(c.departmentId());
        java.util.Optional<Long> same = surveys.draftNamed(c.departmentId(), form.surveyTitle());
        if (same.isPresent()) {
            return same.get();
        }
        long id = surveys.save(new CitizenSurvey(null, form.surveyTitle(), form.surveyIntro(), c.departmentId(), c.opens(),
                c.closes(), CitizenSurvey.Respondents.valueOf(form.respondents()), CitizenSurvey.Status.DRAFT, false,
                actor.accountId(), clock.now(), null, null)).id();
        if (form.attributes() != null) {
            List<String> areas = Tally.lines(form.areas());
            if (areas.size() >= 2) {
                engine.addQuestion(CitizenSurvey.key(id), new QuestionDraft(texts.ja("voi.survey.q.area"), "SINGLE",
                        String.join("\n", areas), false, null, null, "area", true, null, null, QuestionDraft.allKinds()));
            }
            engine.addQuestion(CitizenSurvey.key(id), new QuestionDraft(texts.ja("voi.survey.q.age"), "SINGLE",
                    Application.AGE_BANDS.stream().map(b -> texts.ja("voi.ageBand." + b)).collect(Collectors.joining("\n")),
                    false, null, null, "age", true, null, null, QuestionDraft.allKinds()));
        }
        audit.record(actor.accountId(), "voi.audit.surveyCreated", TARGET, Long.toString(id), form.surveyTitle());
        return id;
    }

    private CitizenSurvey mine(Viewer actor, long id) {
        CitizenSurvey s = surveys.findByIdForUpdate(id)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (!permissions.worksFor(actor, s.departmentId())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.notYourDepartment");
        }
        return s;
    }

    private CitizenSurvey draft(Viewer actor, long id) {
        CitizenSurvey s = mine(actor, id);
        if (!s.draft()) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.survey.questionsFixed");
        }
        return s;
    }

    /** Title, intro, dates and respondents may change while it is a draft; the dates also while it is open. */
    @Transactional
    public void update(Viewer actor, long id, SurveyForm form) {
        CitizenSurvey s = mine(actor, id);
        if (s.status() == CitizenSurvey.Status.CLOSED) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.survey.closed");
        }
        Checked c = check(actor, form);
        CitizenSurvey.Respondents respondents = s.draft() ? CitizenSurvey.Respondents.valueOf(form.respondents()) : s.respondents();
        surveys.update(new CitizenSurvey(s.id(), form.surveyTitle(), form.surveyIntro(), c.departmentId(), c.opens(), c.closes(),
                respondents, s.status(), s.resultsPublic(), s.createdBy(), s.createdAt(), s.openedAt(), s.closedAt()));
        audit.record(actor.accountId(), "voi.audit.surveyUpdated", TARGET, Long.toString(id), form.surveyTitle());
    }

    @Transactional
    public Question addQuestion(Viewer actor, long id, QuestionForm form) {
        draft(actor, id);
        return engine.addQuestion(CitizenSurvey.key(id), form.draft());
    }

    @Transactional
    public void removeQuestion(Viewer actor, long id, long questionId) {
        draft(actor, id);
        engine.removeQuestion(CitizenSurvey.key(id), questionId);
    }

    /** Answer codes for the letters to a sample, up to 5,000 per questionnaire. */
    @Transactional
    public int issueCodes(Viewer actor, long id, CodesForm form) {
        CitizenSurvey s = mine(actor, id);
        FieldErrors errors = validator.validate(form);
        if (s.respondents() != CitizenSurvey.Respondents.SAMPLE) {
            errors.add(FieldErrors.FORM, "voi.error.survey.notSample");
        } else if (s.status() == CitizenSurvey.Status.CLOSED) {
            errors.add(FieldErrors.FORM, "voi.error.survey.closed");
        }
        if (!errors.has("codeCount")) {
            int n = Integer.parseInt(form.codeCount());
            if (n < 1 || codes.countOf(id) + n > MAX_CODES) {
                errors.add("codeCount", "voi.error.survey.codeCount", MAX_CODES);
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        int wanted = Integer.parseInt(form.codeCount());
        int added = 0;
        while (added < wanted) {
            added += codes.add(id, Receipts.code());
        }
        audit.record(actor.accountId(), "voi.audit.codesIssued", TARGET, Long.toString(id), "codes " + added);
        return added;
    }

    @Transactional
    public List<String> codes(Viewer actor, long id) {
        mine(actor, id);
        audit.record(actor.accountId(), "voi.audit.codesExported", TARGET, Long.toString(id), null);
        return codes.codesOf(id);
    }

    @Transactional
    public long[] codeCounts(long id) {
        return new long[]{codes.countOf(id), codes.countUsed(id)};
    }

    /** Opens it for answers: it needs a question, a closing day not past, and codes when it is for a sample. */
    @Transactional
    public void open(Viewer actor, long id) {
        CitizenSurvey s = draft(actor, id);
        if (engine.questions(s.key()).isEmpty()) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.survey.noQuestions");
        }
        if (s.closesOn().isBefore(clock.today())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.survey.closesPast");
        }
        if (s.respondents() == CitizenSurvey.Respondents.SAMPLE && codes.countOf(id) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.survey.noCodes");
        }
        surveys.open(id, clock.now());
        engine.freeze(s.key());
        audit.record(actor.accountId(), "voi.audit.surveyOpened", TARGET, Long.toString(id), null);
    }

    @Transactional
    public void close(Viewer actor, long id) {
        mine(actor, id);
        if (surveys.close(id, clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.survey.notOpen");
        }
        audit.record(actor.accountId(), "voi.audit.surveyClosed", TARGET, Long.toString(id), null);
    }

    /** Shows (or hides) the results to everyone; only once the questionnaire is over. */
    @Transactional
    public void showResults(Viewer actor, long id, boolean shown) {
        CitizenSurvey s = mine(actor, id);
        if (!s.over(clock.today())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.survey.notOver");
        }
        surveys.showResults(id, shown);
        audit.record(actor.accountId(), shown ? "voi.audit.resultsShown" : "voi.audit.resultsHidden", TARGET, Long.toString(id), null);
    }

    /** Which questions a result can be broken down by (single choice, marked as an axis). */
    @Transactional
    public List<Question> axes(long id) {
        return questions(id).stream().filter(q -> q.breakdown() && q.kind() == QuestionKind.SINGLE).toList();
    }
}
