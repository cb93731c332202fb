package kyodo.voices.surveys;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CsvFiles;
import kyodo.core.FiscalYear;
import kyodo.core.Viewer;
import kyodo.voices.CrossTab;
import kyodo.voices.Question;
import kyodo.voices.QuestionKind;
import kyodo.voices.Results;
import kyodo.voices.StoredSheet;
import kyodo.voices.engine.Engine;
import kyodo.voices.engine.Tally;
import kyodo.voices.internal.VoicesTexts;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of a citizen questionnaire: counts and shares per question, cross-tabulation by an axis question
 * (area, age band), the answers as CSV without anything that identifies a person (no account, code or time of
 * day; sheets numbered in order), and the share of answers that feeds a KPI of the plan.
 */
@Singleton
public class SurveyResults {

    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final SurveyRepositories.Surveys surveys;
    private final Engine engine;
    private final VoicesTexts texts;
    private final AuditLog audit;

    SurveyResults(SurveyRepositories.Surveys surveys, Engine engine, VoicesTexts texts, AuditLog audit) {
        this.surveys = surveys;
        this.engine = engine;
        this.texts = texts;
        this.audit = audit;
    }

    @Transactional
    public Results results(long id) {
        return engine.results(CitizenSurvey.key(id));
    }

    @Transactional
    public Optional<CrossTab> crossTab(long id, long byQuestionId, long questionId) {
        return engine.crossTab(CitizenSurvey.key(id), byQuestionId, questionId);
    }

    /** Every counted question broken down by an axis question. */
    @Transactional
    public List<CrossTab> crossTabs(long id, long byQuestionId) {
        List<CrossTab> out = new ArrayList<>();
        for (Question q : engine.questions(CitizenSurvey.key(id))) {
            if (q.kind() != QuestionKind.TEXT && q.id() != byQuestionId) {
                engine.crossTab(CitizenSurvey.key(id), byQuestionId, q.id()).ifPresent(out::add);
            }
        }
        return out;
    }

    @Transactional
    public byte[] csv(Viewer viewer, long id, CsvFiles.Encoding encoding) {
        List<Question> questions = engine.questions(CitizenSurvey.key(id));
        List<String> header = new ArrayList<>(List.of(texts.ja("voi.csv.sheet"), texts.ja("voi.csv.answeredOn")));
        questions.forEach(q -> header.add(texts.ja("voi.csv.question", q.number(), q.text())));
        String separator = texts.ja("voi.csv.separator");
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (StoredSheet sheet : engine.sheets(CitizenSurvey.key(id), true)) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(++n),
                    sheet.submittedAt() == null ? "" : CSV_DATE.format(sheet.submittedAt())));
            for (Question q : questions) {
                String a = sheet.answers().get(q.id());
                row.add(a == null ? "" : q.kind() == QuestionKind.TEXT ? a : String.join(separator, Tally.lines(a)));
            }
            rows.add(row);
        }
        audit.record(viewer.accountId(), "voi.audit.surveyExported", SurveySetup.TARGET, Long.toString(id), "rows=" + rows.size());
        return CsvFiles.write(header, rows, encoding);
    }

    /**
     * The share (percent) of the answers to the question with {@code code} in the questionnaires that closed in a
     * fiscal year whose answer is one of the options {@code choices} names.
     */
    @Transactional
    public Optional<BigDecimal> share(String code, String choices, FiscalYear year) {
        List<Long> ids = surveys.closingBetween(year.firstDay(), year.lastDay());
        return engine.share(CitizenSurvey.OWNER, ids, code, choices);
    }

    @Transactional
    public Map<Long, Long> answerCounts(List<Long> ids) {
        Map<Long, Long> out = new java.util.HashMap<>();
        ids.forEach(id -> out.put(id, (long) engine.results(CitizenSurvey.key(id)).respondents()));
        return out;
    }
}
