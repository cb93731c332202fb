package kyodo.directory.imports;

import kyodo.directory.groups.Group;
import kyodo.directory.groups.GroupInput;
import kyodo.directory.groups.GroupService;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.Availability;
import kyodo.directory.volunteers.VolunteerInput;
import kyodo.directory.volunteers.VolunteerService;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.directory.matching.RankingRows;
import kyodo.core.CityClock;
import kyodo.core.CsvFiles;
import kyodo.core.FieldErrors;
import org.apache.commons.csv.CSVRecord;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Imports the center's spreadsheets. Every row is checked first; if any row is wrong nothing
 * is written and each bad row is reported with its line number. Good files are written with
 * the repository's batch insert in one transaction, so a failure half-way also leaves nothing behind.
 */
@Singleton
public class CsvImportService {

    static final int BATCH = 1000;

    /** One problem: the file's line number (header = line 1), the column, and a message key. */
    public record RowError(long line, String column, String key, Object arg) {
    }

    public static final class ImportFailed extends RuntimeException {
        private final transient List<RowError> errors;

        public ImportFailed(List<RowError> errors) {
            super(errors.size() + " bad rows", null, false, false);
            this.errors = errors;
        }

        public List<RowError> errors() {
            return errors;
        }
    }

    /** The stages of an import: every row read, then checked, then written. */
    public enum Stage { READ, VALIDATED, WRITTEN }

    /** How far an import has got, for the progress display (called every {@link #BATCH} rows and at each stage's end). */
    public interface Progress {
        void update(Stage stage, long done, long total);

        Progress NONE = (s, d, t) -> {
        };
    }

    /** At most this many bad rows are listed; the count says how many more there were. */
    public static final int MAX_REPORTED = 200;

    private final ImportedVolunteerRepository imported;
    private final DirectoryCsv csv;
    private final VolunteerService volunteers;
    private final GroupService groups;
    private final RankingRows rankingRows;
    private final AuditLog audit;
    private final CityClock clock;

    CsvImportService(ImportedVolunteerRepository imported, DirectoryCsv csv, VolunteerService volunteers, GroupService groups,
                     RankingRows rankingRows, AuditLog audit, CityClock clock) {
        this.imported = imported;
        this.csv = csv;
        this.volunteers = volunteers;
        this.groups = groups;
        this.rankingRows = rankingRows;
        this.audit = audit;
        this.clock = clock;
    }

    /** Parses and checks every row; throws {@link ImportFailed} listing the bad ones. */
    public <T> List<T> check(byte[] content, List<DirectoryCsv.Column> columns, Function<CSVRecord, T> read,
                             Function<T, FieldErrors> validate, Map<String, String> fieldColumns, Progress progress) {
        List<CSVRecord> records;
        try {
            records = CsvFiles.parse(content);
        } catch (CsvFiles.CsvFormatException | java.io.UncheckedIOException e) {
            throw new ImportFailed(List.of(new RowError(0, "", "dir.error.import.notCsv", null)));
        }
        if (records.isEmpty()) {
            throw new ImportFailed(List.of(new RowError(0, "", "dir.error.import.empty", null)));
        }
        List<String> missing = DirectoryCsv.missingHeaders(columns, records.get(0).getParser().getHeaderNames());
        if (!missing.isEmpty()) {
            throw new ImportFailed(List.of(new RowError(1, String.join("、", missing), "dir.error.import.missingColumn", null)));
        }
        int total = records.size();
        progress.update(Stage.READ, total, total);
        List<T> rows = new ArrayList<>(total);
        List<RowError> errors = new ArrayList<>();
        for (CSVRecord record : records) {
            long line = record.getRecordNumber() + 1;
            T row = read.apply(record);
            FieldErrors rowErrors = validate.apply(row);
            if (rowErrors.hasErrors()) {
                rowErrors.all().forEach((field, messages) -> messages.forEach(m ->
                        errors.add(new RowError(line, fieldColumns.getOrDefault(field, field), m.key(), m.arg()))));
            }
            rows.add(row);
            if (rows.size() % BATCH == 0) {
                progress.update(Stage.VALIDATED, rows.size(), total);
            }
        }
        progress.update(Stage.VALIDATED, total, total);
        if (!errors.isEmpty()) {
            throw new ImportFailed(errors);
        }
        return rows;
    }

    @Transactional
    public int importVolunteers(long actorId, byte[] content, Progress progress) {
        List<VolunteerInput> rows = check(content, DirectoryCsv.VOLUNTEER_COLUMNS, csv::volunteer,
                volunteers::checkImported, DirectoryCsv.VOLUNTEER_FIELD_COLUMNS, progress);
        LocalDateTime now = clock.now();
        List<ImportedVolunteer> batch = new ArrayList<>(BATCH);
        int n = 0;
        for (VolunteerInput v : rows) {
            batch.add(new ImportedVolunteer(null, v.volunteerName(), v.nameKana(), v.email(), v.phone(),
                    VolunteerService.parseMethod(v.contactMethod()), v.skills(), v.qualifications(),
                    ActivityField.mask(ActivityField.parseAll(v.activityFields())), Availability.mask(v.availability()),
                    v.area(), v.schoolDistrict(), v.consented(), true, now, now));
            if (++n % BATCH == 0) {
                imported.saveAll(batch);
                batch.clear();
                progress.update(Stage.WRITTEN, n, rows.size());
            }
        }
        imported.saveAll(batch);
        progress.update(Stage.WRITTEN, n, rows.size());
        rankingRows.changed();
        audit.record(actorId, "dir.audit.volunteersImported", "dir.audit.target.volunteer", null, "rows=" + rows.size());
        return rows.size();
    }

    /** Groups from the center's list are already known to it, so they are imported as approved. */
    @Transactional
    public int importGroups(long actorId, byte[] content, Progress progress) {
        List<GroupInput> rows = check(content, DirectoryCsv.GROUP_COLUMNS, csv::group, groups::check,
                DirectoryCsv.GROUP_FIELD_COLUMNS, progress);
        int n = 0;
        for (GroupInput g : rows) {
            groups.insert(g, Group.Status.APPROVED, actorId);
            if (++n % 100 == 0) {
                progress.update(Stage.WRITTEN, n, rows.size());
            }
        }
        progress.update(Stage.WRITTEN, n, rows.size());
        audit.record(actorId, "dir.audit.groupsImported", "dir.audit.target.group", null, "rows=" + rows.size());
        return rows.size();
    }
}
