package kyodo.voices.engine;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormText;
import kyodo.voices.Answer;
import kyodo.voices.AnswerSheet;
import kyodo.voices.CrossTab;
import kyodo.voices.Question;
import kyodo.voices.QuestionDraft;
import kyodo.voices.QuestionKind;
import kyodo.voices.QuestionnaireEngine;
import kyodo.voices.QuestionnaireKey;
import kyodo.voices.Results;
import kyodo.voices.StoredSheet;
import kyodo.voices.engine.QnRepositories.AnswerRow;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The questionnaire engine over the {@code voi_qn_*} tables (see {@link QuestionnaireEngine}). */
@Singleton
public class Engine implements QuestionnaireEngine {

    static final int MAX_QUESTION = 500;
    static final int MAX_CHOICE = 100;
    static final int MAX_CHOICES = 30;
    static final int MAX_LABEL = 50;

    private final QnRepositories.Forms forms;
    private final QnRepositories.Questions questions;
    private final QnRepositories.Sheets sheets;
    private final CityClock clock;

    Engine(QnRepositories.Forms forms, QnRepositories.Questions questions, QnRepositories.Sheets sheets, CityClock clock) {
        this.forms = forms;
        this.questions = questions;
        this.sheets = sheets;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<Question> questions(QuestionnaireKey key) {
        return form(key).map(f -> toQuestions(questions.ofForm(f.id()))).orElse(List.of());
    }

    private Optional<QnForm> form(QuestionnaireKey key) {
        return forms.findByOwnerAndOwnerRef(key.owner(), key.ref());
    }

    private static List<Question> toQuestions(List<QnQuestion> rows) {
        List<Question> out = new ArrayList<>();
        for (QnQuestion q : rows) {
            out.add(new Question(q.id(), out.size() + 1, q.text(), q.kind(), Tally.lines(q.choices()), q.required(),
                    q.conditionQuestionId(), Tally.lines(q.conditionChoices()), q.code(), q.breakdown(), q.lowLabel(),
                    q.highLabel()));
        }
        return out;
    }

    /** The questionnaire, created on first use, locked for the rest of the caller's transaction. */
    private QnForm lock(QuestionnaireKey key) {
        forms.open(key.owner(), key.ref(), clock.now());
        return forms.lock(key.owner(), key.ref()).orElseThrow();
    }

    @Override
    @Transactional
    public Question addQuestion(QuestionnaireKey key, QuestionDraft draft) {
        QnForm form = lock(key);
        if (form.frozen()) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.qn.frozen");
        }
        List<Question> existing = toQuestions(questions.ofForm(form.id()));
        FieldErrors errors = new FieldErrors();
        String text = FormText.clean(draft.text());
        if (text == null) {
            errors.add("questionText", "core.error.required");
        } else if (text.length() > MAX_QUESTION) {
            errors.add("questionText", "core.error.tooLong", MAX_QUESTION);
        }
        QuestionKind kind = Arrays.stream(QuestionKind.values()).filter(k -> k.name().equals(FormText.clean(draft.kind())))
                .filter(draft.allowedKinds()::contains).findFirst().orElse(null);
        if (kind == null) {
            errors.add("questionKind", "voi.error.qn.kind");
        }
        List<String> choices = kind != null && kind.choice() ? Tally.lines(draft.choices()) : List.of();
        if (kind != null && kind.choice()) {
            if (choices.size() < 2) {
                errors.add("choices", "voi.error.qn.choices");
            } else if (choices.stream().anyMatch(c -> c.length() > MAX_CHOICE)) {
                errors.add("choices", "voi.error.qn.choiceTooLong", MAX_CHOICE);
            } else if (choices.size() > MAX_CHOICES) {
                errors.add("choices", "voi.error.qn.tooManyChoices", MAX_CHOICES);
            }
        }
        Long conditionId = null;
        List<String> conditionChoices = List.of();
        String conditionQuestion = FormText.ascii(draft.conditionQuestion());
        if (conditionQuestion != null) {
            Question target = conditionQuestion.matches("\\d{1,18}") ? existing.stream()
                    .filter(q -> q.id() == Long.parseLong(conditionQuestion)).findFirst().orElse(null) : null;
            if (target == null || !target.choice()) {
                errors.add("conditionQuestion", "voi.error.qn.conditionQuestion");
            } else {
                List<Integer> numbers = numbers(FormText.ascii(draft.conditionChoices()));
                if (numbers.isEmpty() || numbers.stream().anyMatch(n -> n < 1 || n > target.choices().size())) {
                    errors.add("conditionChoices", "voi.error.qn.conditionChoices", target.choices().size());
                } else {
                    conditionId = target.id();
                    conditionChoices = numbers.stream().distinct().sorted().map(n -> target.choices().get(n - 1)).toList();
                }
            }
        }
        String code = FormText.ascii(draft.code());
        if (code != null && !code.matches("[A-Za-z][A-Za-z0-9_-]{0,39}")) {
            errors.add("questionCode", "voi.error.qn.code");
        } else if (code != null && existing.stream().anyMatch(q -> code.equalsIgnoreCase(q.code()))) {
            errors.add("questionCode", "voi.error.qn.codeTaken");
        }
        if (draft.breakdown() && kind != null && kind != QuestionKind.SINGLE) {
            errors.add("breakdown", "voi.error.qn.breakdownKind");
        }
        String low = kind == QuestionKind.SCALE ? FormText.clean(draft.lowLabel()) : null;
        String high = kind == QuestionKind.SCALE ? FormText.clean(draft.highLabel()) : null;
        if (low != null && low.length() > MAX_LABEL) {
            errors.add("lowLabel", "core.error.tooLong", MAX_LABEL);
        }
        if (high != null && high.length() > MAX_LABEL) {
            errors.add("highLabel", "core.error.tooLong", MAX_LABEL);
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        // The same question sent again (or several times at once: the questionnaire is locked) is asked once.
        QuestionKind k = kind;
        List<String> options = choices;
        Optional<Question> same = existing.stream()
                .filter(q -> q.text().equals(text) && q.kind() == k && q.choices().equals(options)).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        QnQuestion saved = questions.save(new QnQuestion(null, form.id(), questions.nextPosition(form.id()), text, kind,
                choices.isEmpty() ? null : String.join("\n", choices), draft.required(), conditionId,
                conditionChoices.isEmpty() ? null : String.join("\n", conditionChoices), code, draft.breakdown(), low, high));
        return new Question(saved.id(), existing.size() + 1, text, kind, choices, draft.required(), conditionId,
                conditionChoices, code, draft.breakdown(), low, high);
    }

    /** Numbers as typed: 「1,3」「1 3」「1、3」. */
    static List<Integer> numbers(String typed) {
        if (typed == null) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (String part : typed.split("[,、\\s]+")) {
            if (part.matches("\\d{1,3}")) {
                out.add(Integer.parseInt(part));
            } else if (!part.isEmpty()) {
                return List.of(-1);
            }
        }
        return out;
    }

    @Override
    @Transactional
    public void removeQuestion(QuestionnaireKey key, long questionId) {
        QnForm form = lock(key);
        if (form.frozen()) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.qn.frozen");
        }
        if (questions.countConditionedOn(form.id(), questionId) > 0) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.qn.conditionTarget");
        }
        questions.deleteOfForm(questionId, form.id());
    }

    @Override
    @Transactional
    public void freeze(QuestionnaireKey key) {
        forms.freeze(lock(key).id());
    }

    @Override
    @Transactional
    public AnswerSheet read(QuestionnaireKey key, Map<String, List<String>> fields) {
        List<Answer> out = new ArrayList<>();
        for (Question q : questions(key)) {
            List<String> posted = fields.getOrDefault(q.field(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            out.add(switch (q.kind()) {
                case TEXT -> new Answer(q, posted.isEmpty() ? null
                        : FormText.clean(String.join("\n", posted).replace("\r\n", "\n")), List.of(), false);
                case SINGLE, MULTIPLE, SCALE -> chosen(q, posted);
            });
        }
        return new AnswerSheet(out);
    }

    /** Choices by their index (0 for the first), a scale by its point; anything else makes the answer invalid. */
    private static Answer chosen(Question q, List<String> posted) {
        TreeMap<Integer, String> chosen = new TreeMap<>();
        boolean invalid = false;
        List<String> options = q.options();
        for (String value : posted) {
            String v = FormText.ascii(value);
            if (v != null && v.matches("\\d{1,3}") && Integer.parseInt(v) < options.size()) {
                chosen.put(Integer.parseInt(v), options.get(Integer.parseInt(v)));
            } else {
                invalid = true;
            }
        }
        return new Answer(q, null, new ArrayList<>(chosen.values()), invalid || (q.kind().oneValue() && posted.size() > 1));
    }

    @Override
    @Transactional
    public AnswerSheet stored(QuestionnaireKey key, String respondent) {
        Map<Long, String> answers = sheet(key, respondent).map(StoredSheet::answers).orElse(Map.of());
        return new AnswerSheet(questions(key).stream().map(q -> {
            String a = answers.get(q.id());
            if (a == null) {
                return Answer.none(q);
            }
            return q.kind() == QuestionKind.TEXT ? new Answer(q, a, List.of(), false) : new Answer(q, null, Tally.lines(a), false);
        }).toList());
    }

    @Override
    @Transactional
    public Optional<StoredSheet> sheet(QuestionnaireKey key, String respondent) {
        return form(key).flatMap(f -> sheets.findByFormIdAndRespondent(f.id(), respondent)).map(s -> {
            Map<Long, String> answers = new HashMap<>();
            sheets.answersOf(s.id()).forEach(a -> answers.put(a.questionId(), a.answer()));
            return toStored(s, answers);
        });
    }

    private static StoredSheet toStored(QnSheet s, Map<Long, String> answers) {
        return new StoredSheet(s.id(), s.respondent(), s.submitted(), s.updatedAt(), s.submittedAt(), answers);
    }

    @Override
    public FieldErrors check(AnswerSheet sheet, boolean complete) {
        FieldErrors errors = new FieldErrors();
        for (Answer a : sheet.answers()) {
            Question q = a.question();
            if (!sheet.applies(q)) {
                continue;
            }
            if (a.invalid() || (q.kind().oneValue() && a.chosen().size() > 1)
                    || a.chosen().stream().anyMatch(c -> !q.options().contains(c))) {
                errors.add(a.field(), "voi.error.qn.invalidChoice");
            } else if (a.text() != null && a.text().length() > MAX_TEXT) {
                errors.add(a.field(), "core.error.tooLong", MAX_TEXT);
            } else if (complete && q.required() && a.empty()) {
                errors.add(a.field(), switch (q.kind()) {
                    case TEXT -> "core.error.required";
                    case SINGLE -> "voi.error.qn.chooseOne";
                    case MULTIPLE -> "voi.error.qn.chooseSome";
                    case SCALE -> "voi.error.qn.chooseScale";
                });
            }
        }
        return errors;
    }

    @Override
    @Transactional
    public boolean save(QuestionnaireKey key, String respondent, AnswerSheet sheet, boolean submit) {
        FieldErrors errors = check(sheet, submit);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        QnForm form = form(key).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        Set<Long> ids = questions.ofForm(form.id()).stream().map(QnQuestion::id).collect(Collectors.toSet());
        LocalDateTime now = clock.now();
        sheets.create(form.id(), respondent, now);
        QnSheet stored = sheets.lock(form.id(), respondent).orElseThrow();
        if (stored.submitted()) {
            return false;
        }
        sheets.deleteAnswers(stored.id());
        for (Answer a : sheet.answers()) {
            if (ids.contains(a.question().id()) && sheet.applies(a.question()) && !a.empty()) {
                sheets.addAnswer(stored.id(), a.question().id(), a.stored());
            }
        }
        if (submit) {
            sheets.submit(stored.id(), now);
        } else {
            sheets.touch(stored.id(), now);
        }
        return true;
    }

    @Override
    @Transactional
    public Results results(QuestionnaireKey key) {
        Optional<QnForm> form = form(key);
        if (form.isEmpty()) {
            return new Results(0, List.of());
        }
        return Tally.results(toQuestions(questions.ofForm(form.get().id())), submittedAnswers(form.get().id()));
    }

    /** Sheet id → question id → answer, every submitted sheet present (also one without answers). */
    private Map<Long, Map<Long, String>> submittedAnswers(long formId) {
        Map<Long, Map<Long, String>> bySheet = new LinkedHashMap<>();
        sheets.ofForm(formId, true).forEach(s -> bySheet.put(s.id(), new HashMap<>()));
        for (AnswerRow a : sheets.answersOfForm(formId, true)) {
            bySheet.computeIfAbsent(a.sheetId(), k -> new HashMap<>()).put(a.questionId(), a.answer());
        }
        return bySheet;
    }

    @Override
    @Transactional
    public Optional<CrossTab> crossTab(QuestionnaireKey key, long byQuestionId, long questionId) {
        Optional<QnForm> form = form(key);
        if (form.isEmpty()) {
            return Optional.empty();
        }
        List<Question> all = toQuestions(questions.ofForm(form.get().id()));
        Question by = all.stream().filter(q -> q.id() == byQuestionId && q.kind() == QuestionKind.SINGLE).findFirst().orElse(null);
        Question question = all.stream().filter(q -> q.id() == questionId && q.kind() != QuestionKind.TEXT && q.id() != byQuestionId)
                .findFirst().orElse(null);
        if (by == null || question == null) {
            return Optional.empty();
        }
        return Optional.of(Tally.crossTab(by, question, submittedAnswers(form.get().id()).values()));
    }

    @Override
    @Transactional
    public List<StoredSheet> sheets(QuestionnaireKey key, boolean submittedOnly) {
        Optional<QnForm> form = form(key);
        if (form.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Long, String>> answers = new HashMap<>();
        for (AnswerRow a : sheets.answersOfForm(form.get().id(), submittedOnly)) {
            answers.computeIfAbsent(a.sheetId(), k -> new HashMap<>()).put(a.questionId(), a.answer());
        }
        return sheets.ofForm(form.get().id(), submittedOnly).stream()
                .map(s -> toStored(s, answers.getOrDefault(s.id(), Map.of()))).toList();
    }

    /**
     * A KPI figure: among the submitted answers to the questions with {@code code} in the owner's questionnaires
     * {@code refs}, the share (percent) whose answer includes one of the options {@code spec} names (choice
     * numbers from 1, or points of a scale such as {@code 7-10}).
     */
    @Transactional
    public Optional<BigDecimal> share(String owner, List<Long> refs, String code, String spec) {
        if (refs.isEmpty()) {
            return Optional.empty();
        }
        List<Question> asked = toQuestions(questions.withCode(owner, refs, code));
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<String>> byQuestion = new HashMap<>();
        for (AnswerRow a : sheets.submittedAnswersTo(asked.stream().map(Question::id).toList())) {
            byQuestion.computeIfAbsent(a.questionId(), k -> new ArrayList<>()).add(a.answer());
        }
        List<Tally.Pool> pools = new ArrayList<>();
        for (Question q : asked) {
            Set<String> wanted = new LinkedHashSet<>(Tally.options(q, spec));
            if (wanted.isEmpty()) {
                return Optional.empty();
            }
            pools.add(new Tally.Pool(wanted, byQuestion.getOrDefault(q.id(), List.of())));
        }
        return Tally.share(pools);
    }
}
