package kyodo.directory.survey;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.CsvFiles;
import kyodo.directory.groups.Group;
import kyodo.directory.groups.GroupFinder;
import kyodo.directory.groups.GroupMembers;
import kyodo.directory.imports.DirectoryCsv;
import kyodo.directory.internal.DirectoryTexts;
import kyodo.directory.survey.SurveyProgress.GroupProgress;
import kyodo.voices.Question;
import kyodo.voices.QuestionnaireEngine;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A round's answers as CSV: one row per group, one column per question. Representative contact
 * columns only when asked for; every export is logged, with contacts as an export of personal data.
 */
@Singleton
public class SurveyExport {

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private final SurveyRounds rounds;
    private final SurveyProgress progress;
    private final QuestionnaireEngine engine;
    private final GroupFinder groups;
    private final GroupMembers members;
    private final AccountsApi accounts;
    private final DirectoryTexts texts;
    private final AuditLog audit;

    SurveyExport(SurveyRounds rounds, SurveyProgress progress, QuestionnaireEngine engine, GroupFinder groups,
                 GroupMembers members, AccountsApi accounts, DirectoryTexts texts, AuditLog audit) {
        this.rounds = rounds;
        this.progress = progress;
        this.engine = engine;
        this.groups = groups;
        this.members = members;
        this.accounts = accounts;
        this.texts = texts;
        this.audit = audit;
    }

    @Transactional
    public byte[] csv(long actorId, long surveyId, boolean contacts, CsvFiles.Encoding encoding) {
        List<Question> questions = rounds.questions(surveyId);
        List<String> header = new ArrayList<>(DirectoryCsv.SURVEY_HEADERS);
        questions.forEach(q -> header.add(DirectoryCsv.surveyQuestionHeader(q.number(), q.text())));
        if (contacts) {
            header.addAll(DirectoryCsv.SURVEY_CONTACT_HEADERS);
        }
        SurveyProgress.Progress all = progress.progress(surveyId);
        Map<String, Map<Long, String>> answers = new HashMap<>();
        engine.sheets(Survey.key(surveyId), false).forEach(sheet -> answers.put(sheet.respondent(), sheet.answers()));
        Set<Long> groupIds = all.groups().stream().map(GroupProgress::groupId).collect(Collectors.toSet());
        Map<Long, List<Long>> reps = contacts ? members.representativesOf(groupIds) : Map.of();
        Map<Long, AccountSummary> people = contacts ? accounts.findAll(reps.values().stream().flatMap(List::stream)
                .distinct().toList()).stream().collect(Collectors.toMap(AccountSummary::id, a -> a)) : Map.of();
        Map<Long, String> privateContacts = contacts ? groups.findAll(groupIds).stream()
                .filter(g -> g.privateContact() != null).collect(Collectors.toMap(Group::id, Group::privateContact))
                : Map.of();
        String separator = texts.ja("dir.list.separator");
        List<List<String>> rows = new ArrayList<>();
        for (GroupProgress g : all.groups()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(g.groupId()), g.name(), g.nameKana(),
                    texts.ja("dir.survey.answer." + g.answerStatus().name()), csvTime(g.dataConfirmedAt()),
                    csvTime(g.submittedAt())));
            Map<Long, String> mine = answers.getOrDefault(SurveyAnswers.respondent(g.groupId()), Map.of());
            questions.forEach(q -> row.add(String.join(separator, SurveyRounds.lines(mine.get(q.id())))));
            if (contacts) {
                List<AccountSummary> rep = reps.getOrDefault(g.groupId(), List.of()).stream()
                        .map(people::get).filter(a -> a != null).toList();
                row.add(rep.stream().map(AccountSummary::displayName).collect(Collectors.joining(separator)));
                row.add(rep.stream().map(AccountSummary::email).collect(Collectors.joining(separator)));
                row.add(privateContacts.getOrDefault(g.groupId(), ""));
            }
            rows.add(row);
        }
        audit.record(actorId, contacts ? AuditLog.PERSONAL_DATA_EXPORTED : "dir.audit.dataExported", SurveyRounds.TARGET,
                String.valueOf(surveyId), "survey answers csv rows=" + rows.size()
                        + (contacts ? " with representative contacts" : ""));
        return CsvFiles.write(header, rows, encoding);
    }

    private static String csvTime(LocalDateTime t) {
        return t == null ? "" : CSV_TIME.format(t);
    }
}
