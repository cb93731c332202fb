package kyodo.directory.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.CsvFiles;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.JapaneseDates;
import kyodo.core.KyodoSettings;
import kyodo.core.Notifier;
import kyodo.core.Role;
import kyodo.directory.internal.Survey.Question;
import kyodo.directory.internal.SurveyForms.QuestionInput;
import kyodo.directory.internal.SurveyForms.RoundInput;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The yearly status survey (実態及び意向調査): staff set up a round and its questions, open it
 * (every approved group's representative is asked by e-mail), follow who answered and remind the
 * rest; each representative confirms the group's data and answers once per round.
 */
@Singleton
public class SurveyService {

    public enum AnswerStatus { NONE, DRAFT, SUBMITTED }

    public record Round(Survey survey, long groups, long submitted) {
    }

    public record GroupProgress(long groupId, String name, String nameKana, AnswerStatus answerStatus,
                                LocalDateTime dataConfirmedAt, LocalDateTime submittedAt, LocalDateTime remindedAt) {
    }

    public record Progress(List<GroupProgress> groups, long submitted, long drafts, long none) {
        public long total() {
            return groups.size();
        }
    }

    public record ChoiceCount(String choice, long count) {
    }

    /** Counts per choice among submitted answers; {@code answered} is how many answered the question at all. */
    public record ChoiceSummary(Question question, List<ChoiceCount> counts, long answered) {
    }

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
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private final Db db;
    private final FormValidator validator;
    private final GroupService groups;
    private final AccountsApi accounts;
    private final Notifier notifier;
    private final AuditLog audit;
    private final KyodoSettings settings;

    SurveyService(Db db, FormValidator validator, GroupService groups, AccountsApi accounts, Notifier notifier,
                  AuditLog audit, KyodoSettings settings) {
        this.db = db;
        this.validator = validator;
        this.groups = groups;
        this.accounts = accounts;
        this.notifier = notifier;
        this.audit = audit;
        this.settings = settings;
    }

    LocalDate today() {
        return LocalDate.now();
    }

    // ---- staff: rounds and questions ----

    @Transactional
    public List<Round> rounds() {
        long approved = db.count("SELECT COUNT(*) FROM dir_group WHERE status = 'APPROVED'");
        return db.list("SELECT s.*, (SELECT COUNT(*) FROM dir_survey_response r WHERE r.survey_id = s.id "
                        + "AND r.status = 'SUBMITTED') AS submitted FROM dir_survey s ORDER BY s.fiscal_year DESC, s.id DESC",
                rs -> new Round(map(rs), approved, rs.getLong("submitted")));
    }

    @Transactional
    public Optional<Survey> find(long id) {
        return db.one("SELECT * FROM dir_survey WHERE id = ?", SurveyService::map, id);
    }

    @Transactional
    public List<Question> questions(long surveyId) {
        List<Question> out = new ArrayList<>();
        db.list("SELECT * FROM dir_survey_question WHERE survey_id = ? ORDER BY position, id", rs -> new Object[]{
                rs.getLong("id"), rs.getString("text"), Question.Kind.valueOf(rs.getString("kind")),
                rs.getString("choices"), rs.getBoolean("required")}, surveyId)
                .forEach(r -> out.add(new Question((Long) r[0], out.size() + 1, (String) r[1], (Question.Kind) r[2],
                        lines((String) r[3]), (Boolean) r[4])));
        return out;
    }

    @Transactional
    public long create(long actorId, RoundInput input) {
        Dates dates = checkRound(input);
        long id = db.insert("INSERT INTO dir_survey (title, fiscal_year, opens_on, closes_on, intro, status, created_by, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?)", input.surveyTitle(),
                Integer.parseInt(input.surveyYear()), dates.opens, dates.closes, input.surveyIntro(), actorId,
                LocalDateTime.now());
        audit.record(actorId, "SURVEY_CREATED", "survey", String.valueOf(id), input.surveyTitle());
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
        db.update("UPDATE dir_survey SET title = ?, fiscal_year = ?, opens_on = ?, closes_on = ?, intro = ? WHERE id = ?",
                input.surveyTitle(), Integer.parseInt(input.surveyYear()), dates.opens, dates.closes,
                input.surveyIntro(), id);
        audit.record(actorId, "SURVEY_UPDATED", "survey", String.valueOf(id), input.surveyTitle());
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
            if (year < 2000 || year > today().getYear() + 1) {
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
        Question.Kind kind = parseKind(input.questionKind());
        if (!errors.has("questionKind") && kind == null) {
            errors.add("questionKind", "dir.error.choose");
        }
        List<String> choices = kind == null || kind == Question.Kind.TEXT ? List.of() : lines(input.choices());
        if (kind != null && kind != Question.Kind.TEXT && !errors.has("choices")) {
            if (choices.size() < 2) {
                errors.add("choices", "dir.error.survey.choices");
            } else if (choices.stream().anyMatch(c -> c.length() > 100)) {
                errors.add("choices", "dir.error.survey.choiceTooLong", 100);
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        int position = (int) db.count("SELECT COALESCE(MAX(position), 0) + 1 FROM dir_survey_question WHERE survey_id = ?",
                surveyId);
        db.update("INSERT INTO dir_survey_question (survey_id, position, text, kind, choices, required) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", surveyId, position, input.questionText(), kind,
                choices.isEmpty() ? null : String.join("\n", choices), input.required());
    }

    @Transactional
    public void deleteQuestion(long actorId, long surveyId, long questionId) {
        requireDraft(lock(surveyId));
        db.update("DELETE FROM dir_survey_question WHERE id = ? AND survey_id = ?", questionId, surveyId);
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
        if (survey.closesOn().isBefore(today())) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.survey.closesPast");
        }
        db.update("UPDATE dir_survey SET status = 'OPEN', opened_at = ? WHERE id = ?", LocalDateTime.now(), id);
        Map<Long, String> targets = groupsToAsk(id, false);
        Map<Long, List<Long>> reps = representatives(targets.keySet());
        targets.forEach((groupId, name) -> reps.getOrDefault(groupId, List.of()).forEach(rep ->
                notifier.sendToAccount(rep, "【実態及び意向調査】ご回答のお願い: " + survey.title(),
                        askBody(survey, groupId, name, false))));
        audit.record(actorId, "SURVEY_OPENED", "survey", String.valueOf(id), "groups=" + targets.size());
        return targets.size();
    }

    @Transactional
    public void close(long actorId, long id) {
        Survey survey = lock(id);
        if (survey.status() != Survey.Status.OPEN) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.survey.notOpen");
        }
        db.update("UPDATE dir_survey SET status = 'CLOSED', closed_at = ? WHERE id = ?", LocalDateTime.now(), id);
        audit.record(actorId, "SURVEY_CLOSED", "survey", String.valueOf(id), null);
    }

    /**
     * Sends one reminder to the representative(s) of each group that has not submitted. The round's
     * row lock and the one-minute guard make a double click send nothing twice.
     */
    @Transactional
    public int remind(long actorId, long id) {
        Survey survey = lock(id);
        if (!survey.acceptsAnswers(today())) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.survey.notOpen");
        }
        LocalDateTime now = LocalDateTime.now();
        if (survey.lastRemindedAt() != null && survey.lastRemindedAt().isAfter(now.minusMinutes(1))) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.survey.justReminded");
        }
        Map<Long, String> targets = groupsToAsk(id, true);
        Map<Long, List<Long>> reps = representatives(targets.keySet());
        targets.forEach((groupId, name) -> {
            reps.getOrDefault(groupId, List.of()).forEach(rep ->
                    notifier.sendToAccount(rep, "【実態及び意向調査】ご回答のお願い（再送）: " + survey.title(),
                            askBody(survey, groupId, name, true)));
            db.update("INSERT INTO dir_survey_reminder (survey_id, group_id, reminded_by, reminded_at) VALUES (?, ?, ?, ?)",
                    id, groupId, actorId, now);
        });
        db.update("UPDATE dir_survey SET last_reminded_at = ? WHERE id = ?", now, id);
        audit.record(actorId, "SURVEY_REMINDED", "survey", String.valueOf(id), "groups=" + targets.size());
        return targets.size();
    }

    /** Approved groups (by id, with their names); only those without a submitted answer when {@code unansweredOnly}. */
    private Map<Long, String> groupsToAsk(long surveyId, boolean unansweredOnly) {
        Map<Long, String> out = new LinkedHashMap<>();
        db.list("SELECT g.id, g.name FROM dir_group g WHERE g.status = 'APPROVED'"
                        + (unansweredOnly ? " AND NOT EXISTS (SELECT 1 FROM dir_survey_response r WHERE r.survey_id = ? "
                        + "AND r.group_id = g.id AND r.status = 'SUBMITTED')" : "") + " ORDER BY g.name_kana, g.id",
                rs -> new Object[]{rs.getLong(1), rs.getString(2)}, unansweredOnly ? new Object[]{surveyId} : new Object[0])
                .forEach(r -> out.put((Long) r[0], (String) r[1]));
        return out;
    }

    private Map<Long, List<Long>> representatives(Set<Long> groupIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        if (groupIds.isEmpty()) {
            return out;
        }
        String in = groupIds.stream().map(i -> "?").collect(Collectors.joining(","));
        db.list("SELECT group_id, account_id FROM dir_group_member WHERE member_role = 'REPRESENTATIVE' AND group_id IN ("
                        + in + ")", rs -> new long[]{rs.getLong(1), rs.getLong(2)}, groupIds.toArray())
                .forEach(r -> out.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]));
        return out;
    }

    private String askBody(Survey survey, long groupId, String groupName, boolean reminder) {
        return groupName + " 代表者様\n\n"
                + settings.getCityName() + " " + settings.getCenterName() + "です。\n"
                + (reminder ? "「" + survey.title() + "」へのご回答がまだ確認できていません。お手数ですが、締切日までにご回答ください。\n"
                : "「" + survey.title() + "」を実施します。団体の登録情報の確認・更新と、質問へのご回答をお願いします。\n")
                + "\n回答期間: " + JapaneseDates.western(survey.opensOn()) + " 〜 " + JapaneseDates.western(survey.closesOn())
                + "\n回答はこちらから（ログインが必要です）:\n" + settings.getBaseUrl() + "/groups/" + groupId + "/surveys/"
                + survey.id() + (survey.intro() == null ? "" : "\n\n" + survey.intro()) + "\n";
    }

    // ---- staff: progress, summary, export ----

    /** Every approved group (and any that answered), answered or not, in kana order. */
    @Transactional
    public Progress progress(long surveyId) {
        List<GroupProgress> rows = db.list("""
                        SELECT g.id, g.name, g.name_kana, r.status, r.data_confirmed_at, r.submitted_at,
                          (SELECT MAX(m.reminded_at) FROM dir_survey_reminder m WHERE m.survey_id = ? AND m.group_id = g.id)
                            AS reminded_at
                        FROM dir_group g LEFT JOIN dir_survey_response r ON r.group_id = g.id AND r.survey_id = ?
                        WHERE g.status = 'APPROVED' OR r.id IS NOT NULL
                        ORDER BY g.name_kana, g.id""",
                rs -> new GroupProgress(rs.getLong("id"), rs.getString("name"), rs.getString("name_kana"),
                        rs.getString("status") == null ? AnswerStatus.NONE : AnswerStatus.valueOf(rs.getString("status")),
                        Db.dateTime(rs, "data_confirmed_at"), Db.dateTime(rs, "submitted_at"),
                        Db.dateTime(rs, "reminded_at")), surveyId, surveyId);
        return new Progress(rows, count(rows, AnswerStatus.SUBMITTED), count(rows, AnswerStatus.DRAFT),
                count(rows, AnswerStatus.NONE));
    }

    private static long count(List<GroupProgress> rows, AnswerStatus status) {
        return rows.stream().filter(r -> r.answerStatus() == status).count();
    }

    /** For each choice question: how many submitted answers chose each choice. */
    @Transactional
    public List<ChoiceSummary> summary(long surveyId) {
        Map<Long, List<String>> answers = new HashMap<>();
        db.list("SELECT a.question_id, a.answer FROM dir_survey_answer a JOIN dir_survey_response r ON r.id = a.response_id "
                        + "WHERE r.survey_id = ? AND r.status = 'SUBMITTED'",
                rs -> new Object[]{rs.getLong(1), rs.getString(2)}, surveyId)
                .forEach(r -> answers.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        List<ChoiceSummary> out = new ArrayList<>();
        for (Question q : questions(surveyId)) {
            if (!q.choice()) {
                continue;
            }
            List<String> given = answers.getOrDefault(q.id(), List.of());
            List<ChoiceCount> counts = q.choices().stream().map(c -> new ChoiceCount(c,
                    given.stream().filter(a -> lines(a).contains(c)).count())).toList();
            out.add(new ChoiceSummary(q, counts, given.size()));
        }
        return out;
    }

    /**
     * One row per group, one column per question. Representative contact columns only when asked
     * for; every export is logged, with contacts as an export of personal data.
     */
    @Transactional
    public byte[] csv(long actorId, long surveyId, boolean contacts, CsvFiles.Encoding encoding) {
        List<Question> questions = questions(surveyId);
        List<String> header = new ArrayList<>(List.of("団体ID", "団体名", "フリガナ", "回答状況", "団体情報の確認日時", "提出日時"));
        questions.forEach(q -> header.add("問" + q.number() + " " + q.text()));
        if (contacts) {
            header.addAll(List.of("代表者氏名", "代表者メールアドレス", "サポートセンター用連絡先"));
        }
        Progress progress = progress(surveyId);
        Map<Long, Map<Long, String>> answers = new HashMap<>();
        db.list("SELECT r.group_id, a.question_id, a.answer FROM dir_survey_answer a JOIN dir_survey_response r "
                        + "ON r.id = a.response_id WHERE r.survey_id = ?",
                rs -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3)}, surveyId)
                .forEach(r -> answers.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Long) r[1], (String) r[2]));
        Set<Long> groupIds = progress.groups().stream().map(GroupProgress::groupId).collect(Collectors.toSet());
        Map<Long, List<Long>> reps = contacts ? representatives(groupIds) : Map.of();
        Map<Long, AccountSummary> people = contacts ? accounts.findAll(reps.values().stream().flatMap(List::stream)
                .distinct().toList()).stream().collect(Collectors.toMap(AccountSummary::id, a -> a)) : Map.of();
        Map<Long, String> privateContacts = contacts ? groups.findAll(groupIds).stream()
                .filter(g -> g.privateContact() != null).collect(Collectors.toMap(Group::id, Group::privateContact))
                : Map.of();
        List<List<String>> rows = new ArrayList<>();
        for (GroupProgress g : progress.groups()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(g.groupId()), g.name(), g.nameKana(),
                    statusLabel(g.answerStatus()), csvTime(g.dataConfirmedAt()), csvTime(g.submittedAt())));
            Map<Long, String> mine = answers.getOrDefault(g.groupId(), Map.of());
            questions.forEach(q -> row.add(String.join("、", lines(mine.get(q.id())))));
            if (contacts) {
                List<AccountSummary> rep = reps.getOrDefault(g.groupId(), List.of()).stream()
                        .map(people::get).filter(a -> a != null).toList();
                row.add(rep.stream().map(AccountSummary::displayName).collect(Collectors.joining("、")));
                row.add(rep.stream().map(AccountSummary::email).collect(Collectors.joining("、")));
                row.add(privateContacts.getOrDefault(g.groupId(), ""));
            }
            rows.add(row);
        }
        audit.record(actorId, contacts ? AuditLog.PERSONAL_DATA_EXPORTED : "DATA_EXPORTED", "survey", String.valueOf(surveyId),
                "survey answers csv rows=" + rows.size() + (contacts ? " with representative contacts" : ""));
        return CsvFiles.write(header, rows, encoding);
    }

    private static String statusLabel(AnswerStatus status) {
        return switch (status) {
            case SUBMITTED -> "提出済み";
            case DRAFT -> "回答中（未提出）";
            case NONE -> "未回答";
        };
    }

    private static String csvTime(LocalDateTime t) {
        return t == null ? "" : CSV_TIME.format(t);
    }

    // ---- representatives ----

    /** Open rounds (not past their closing date) for each approved group the account represents. */
    @Transactional
    public List<Task> tasks(long accountId) {
        List<Group> mine = groups.representedBy(accountId, true);
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Survey> open = db.list("SELECT * FROM dir_survey WHERE status = 'OPEN' AND closes_on >= ? "
                + "ORDER BY closes_on, id", SurveyService::map, today());
        List<Task> out = new ArrayList<>();
        for (Survey s : open) {
            for (Group g : mine) {
                AnswerStatus status = response(s.id(), g.id()).map(Response::status).orElse(AnswerStatus.NONE);
                out.add(new Task(s, g.id(), g.name(), status));
            }
        }
        return out;
    }

    @Transactional
    public Optional<Response> response(long surveyId, long groupId) {
        return db.one("SELECT * FROM dir_survey_response WHERE survey_id = ? AND group_id = ?",
                rs -> new Response(rs.getLong("id"), AnswerStatus.valueOf(rs.getString("status")),
                        Db.dateTime(rs, "data_confirmed_at"), Db.dateTime(rs, "submitted_at"), new HashMap<>()),
                surveyId, groupId).map(r -> {
                    db.list("SELECT question_id, answer FROM dir_survey_answer WHERE response_id = ?",
                            rs -> new Object[]{rs.getLong(1), rs.getString(2)}, r.id())
                            .forEach(a -> r.answers().put((Long) a[0], (String) a[1]));
                    return r;
                });
    }

    /** The questions with the stored answers. */
    @Transactional
    public List<AnswerView> answers(long surveyId, long groupId) {
        Map<Long, String> stored = response(surveyId, groupId).map(Response::answers).orElse(Map.of());
        return questions(surveyId).stream().map(q -> stored(q, stored.get(q.id()))).toList();
    }

    private static AnswerView stored(Question q, String answer) {
        return q.kind() == Question.Kind.TEXT ? new AnswerView(q, answer, Set.of())
                : new AnswerView(q, null, new LinkedHashSet<>(lines(answer)));
    }

    /** The questions with what was posted: text as typed, choices by their index ({@code q_ID} / {@code q_ID_INDEX}). */
    public List<AnswerView> fromForm(long surveyId, Map<String, String> body) {
        return questions(surveyId).stream().map(q -> {
            String field = "q_" + q.id();
            return switch (q.kind()) {
                case TEXT -> new AnswerView(q, Text.clean(body.get(field)), Set.of());
                case SINGLE -> new AnswerView(q, null, choicesAt(q, body.get(field) == null ? List.of()
                        : List.of(body.get(field))));
                case MULTIPLE -> new AnswerView(q, null, choicesAt(q, Text.checked(body, field + "_")));
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
     * Step 1: the group's data as confirmed or corrected, through the same checks as the group's
     * edit page. Marks the data as confirmed for this round.
     */
    @Transactional
    public void confirmData(long actorId, Set<Role> roles, long surveyId, long groupId, GroupInput input) {
        Response response = lockResponse(actorId, surveyId, groupId);
        if (response.submitted()) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.survey.alreadySubmitted");
        }
        groups.update(actorId, roles, groupId, input);
        db.update("UPDATE dir_survey_response SET data_confirmed_at = ?, updated_by = ?, updated_at = ? WHERE id = ?",
                LocalDateTime.now(), actorId, LocalDateTime.now(), response.id());
    }

    /**
     * Step 2: saves the answers, and submits them when {@code submit}. Saving checks only what is
     * typed; submitting also needs every required answer and the confirmed group data. Returns
     * false when the answers had already been submitted (a double submit changes nothing).
     */
    @Transactional
    public boolean saveAnswers(long actorId, long surveyId, long groupId, List<AnswerView> answers, boolean submit) {
        Response response = lockResponse(actorId, surveyId, groupId);
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
        db.update("DELETE FROM dir_survey_answer WHERE response_id = ?", response.id());
        for (AnswerView a : answers) {
            String answer = a.question().kind() == Question.Kind.TEXT ? a.value()
                    : a.selected().isEmpty() ? null : String.join("\n", a.selected());
            if (answer != null) {
                db.update("INSERT INTO dir_survey_answer (response_id, question_id, answer) VALUES (?, ?, ?)",
                        response.id(), a.question().id(), answer);
            }
        }
        LocalDateTime now = LocalDateTime.now();
        db.update("UPDATE dir_survey_response SET updated_by = ?, updated_at = ? WHERE id = ?", actorId, now, response.id());
        if (submit) {
            db.update("UPDATE dir_survey_response SET status = 'SUBMITTED', submitted_by = ?, submitted_at = ? WHERE id = ?",
                    actorId, now, response.id());
            Survey survey = find(surveyId).orElseThrow();
            String groupName = groups.find(groupId).map(Group::name).orElse("");
            notifier.sendToAccount(actorId, "【実態及び意向調査】回答を受け付けました: " + survey.title(),
                    groupName + " 代表者様\n\n「" + survey.title() + "」へのご回答ありがとうございました。\n"
                            + "回答の内容は次のページで確認できます。\n" + settings.getBaseUrl() + "/groups/" + groupId
                            + "/surveys/" + surveyId + "\n\n" + answers.stream().map(a -> "問" + a.question().number()
                            + " " + a.question().text() + "\n→ " + Text.orEmpty(a.display())).collect(Collectors.joining("\n")) + "\n");
            audit.record(actorId, "SURVEY_SUBMITTED", "group", String.valueOf(groupId), "survey " + surveyId);
        }
        return true;
    }

    /**
     * The group's answer row for the round, created on first use (the unique key keeps it to one)
     * and locked, after checking the round still takes answers.
     */
    private Response lockResponse(long actorId, long surveyId, long groupId) {
        Survey survey = find(surveyId).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (!survey.acceptsAnswers(today())) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.survey.notAccepting");
        }
        if (!groups.isRepresentative(actorId, groupId)) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.notAllowed");
        }
        db.update("INSERT IGNORE INTO dir_survey_response (survey_id, group_id, status, updated_by, updated_at) "
                + "VALUES (?, ?, 'DRAFT', ?, ?)", surveyId, groupId, actorId, LocalDateTime.now());
        return db.one("SELECT * FROM dir_survey_response WHERE survey_id = ? AND group_id = ? FOR UPDATE",
                rs -> new Response(rs.getLong("id"), AnswerStatus.valueOf(rs.getString("status")),
                        Db.dateTime(rs, "data_confirmed_at"), Db.dateTime(rs, "submitted_at"), Map.of()),
                surveyId, groupId).orElseThrow();
    }

    private Survey lock(long id) {
        return db.one("SELECT * FROM dir_survey WHERE id = ? FOR UPDATE", SurveyService::map, id)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
    }

    static Survey map(ResultSet rs) throws SQLException {
        return new Survey(rs.getLong("id"), rs.getString("title"), rs.getInt("fiscal_year"), Db.date(rs, "opens_on"),
                Db.date(rs, "closes_on"), rs.getString("intro"), Survey.Status.valueOf(rs.getString("status")),
                Db.dateTime(rs, "opened_at"), Db.dateTime(rs, "closed_at"), Db.dateTime(rs, "last_reminded_at"));
    }

    static Question.Kind parseKind(String value) {
        return Arrays.stream(Question.Kind.values()).filter(k -> k.name().equals(value)).findFirst().orElse(null);
    }

    /** Non-blank lines, trimmed, without duplicates, in order. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
