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
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Imports the center's spreadsheets from a file on disk, never holding the file in memory. A
 * first pass reads and checks every row; if any row is wrong nothing is written and the bad
 * rows are reported with their line numbers (the first {@link #MAX_REPORTED}, and how many in
 * all). A second pass reads the file again and writes it with the repository's batch insert in
 * one transaction, so a failure half-way also leaves nothing behind.
 */
@Singleton
public class CsvImportService {

    static final int BATCH = 1000;

    /** One problem: the file's line number (header = line 1), the column, and a message key. */
    public record RowError(long line, String column, String key, Object arg) {
    }

    /** The bad rows (at most {@link #MAX_REPORTED} of them) and how many problems there were in all. */
    public static final class ImportFailed extends RuntimeException {
        private final transient List<RowError> errors;
        private final int total;

        public ImportFailed(List<RowError> errors) {
            this(errors, errors.size());
        }

        public ImportFailed(List<RowError> errors, int total) {
            super(total + " bad rows", null, false, false);
            this.errors = errors;
            this.total = total;
        }

        public List<RowError> errors() {
            return errors;
        }

        /** Every problem found, listed or not. */
        public int total() {
            return total;
        }
    }

    /** The stages of an import: the file scanned (its rows counted), then every row checked, then written. */
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

    /** A file as the checks and the write read it: its encoding and (about) how many rows it has. */
    private static CsvFiles.FileScan scan(Path file) {
        try {
            return CsvFiles.scan(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVParser open(Path file, CsvFiles.FileScan scan) {
        try {
            return CsvFiles.open(file, scan);
        } catch (CsvFiles.CsvFormatException e) {
            throw notCsv();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportFailed notCsv() {
        return new ImportFailed(List.of(new RowError(0, "", "dir.error.import.notCsv", null)));
    }

    /**
     * Reads and checks every row of the file, holding none of them; throws {@link ImportFailed}
     * listing the bad ones. Returns the number of rows.
     */
    public <T> int check(Path file, CsvFiles.FileScan scan, List<DirectoryCsv.Column> columns, Function<CSVRecord, T> read,
                         Function<T, FieldErrors> validate, Map<String, String> fieldColumns, Progress progress) {
        List<RowError> errors = new ArrayList<>();
        int[] problems = {0};
        int rows = 0;
        progress.update(Stage.READ, 0, scan.records());
        try (CSVParser parser = open(file, scan)) {
            if (parser.getHeaderNames().isEmpty()) {
                throw new ImportFailed(List.of(new RowError(0, "", "dir.error.import.empty", null)));
            }
            List<String> missing = DirectoryCsv.missingHeaders(columns, parser.getHeaderNames());
            if (!missing.isEmpty()) {
                throw new ImportFailed(List.of(new RowError(1, String.join("、", missing), "dir.error.import.missingColumn", null)));
            }
            for (CSVRecord record : CsvFiles.records(parser)) {
                long line = record.getRecordNumber() + 1;
                FieldErrors rowErrors = validate.apply(read.apply(record));
                if (rowErrors.hasErrors()) {
                    rowErrors.all().forEach((field, messages) -> messages.forEach(m -> {
                        if (problems[0]++ < MAX_REPORTED) {
                            errors.add(new RowError(line, fieldColumns.getOrDefault(field, field), m.key(), m.arg()));
                        }
                    }));
                }
                if (++rows % BATCH == 0) {
                    progress.update(Stage.VALIDATED, rows, Math.max(rows, scan.records()));
                }
            }
        } catch (CsvFiles.CsvFormatException e) {
            throw notCsv();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows == 0) {
            throw new ImportFailed(List.of(new RowError(0, "", "dir.error.import.empty", null)));
        }
        progress.update(Stage.VALIDATED, rows, rows);
        if (!errors.isEmpty()) {
            throw new ImportFailed(errors, problems[0]);
        }
        return rows;
    }

    /** Reads the (checked) file again, row by row, handing each row to {@code write}. */
    private static <T> void each(Path file, CsvFiles.FileScan scan, Function<CSVRecord, T> read, Consumer<T> write) {
        try (CSVParser parser = open(file, scan)) {
            for (CSVRecord record : CsvFiles.records(parser)) {
                write.accept(read.apply(record));
            }
        } catch (CsvFiles.CsvFormatException e) {
            throw notCsv();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the whole file, then writes it in one transaction; the file is left where it is. */
    public int importVolunteers(long actorId, Path file, Progress progress) {
        CsvFiles.FileScan scan = scan(file);
        int rows = check(file, scan, DirectoryCsv.VOLUNTEER_COLUMNS, csv::volunteer, volunteers::checkImported,
                DirectoryCsv.VOLUNTEER_FIELD_COLUMNS, progress);
        return writeVolunteers(actorId, file, scan, rows, progress);
    }

    @Transactional
    protected int writeVolunteers(long actorId, Path file, CsvFiles.FileScan scan, int rows, Progress progress) {
        LocalDateTime now = clock.now();
        List<ImportedVolunteer> batch = new ArrayList<>(BATCH);
        int[] n = {0};
        each(file, scan, csv::volunteer, v -> {
            batch.add(new ImportedVolunteer(null, v.volunteerName(), v.nameKana(), v.email(), v.phone(),
                    VolunteerService.parseMethod(v.contactMethod()), v.skills(), v.qualifications(),
                    ActivityField.mask(ActivityField.parseAll(v.activityFields())), Availability.mask(v.availability()),
                    v.area(), v.schoolDistrict(), v.consented(), true, now, now));
            if (++n[0] % BATCH == 0) {
                imported.saveAll(batch);
                batch.clear();
                progress.update(Stage.WRITTEN, n[0], rows);
            }
        });
        imported.saveAll(batch);
        if (n[0] != rows) {
            // The file changed between the passes: write nothing rather than rows that were not checked.
            throw new IllegalStateException("rows checked " + rows + ", rows read again " + n[0]);
        }
        progress.update(Stage.WRITTEN, n[0], rows);
        rankingRows.changed();
        audit.record(actorId, "dir.audit.volunteersImported", "dir.audit.target.volunteer", null, "rows=" + rows);
        return rows;
    }

    /** Groups from the center's list are already known to it, so they are imported as approved. */
    public int importGroups(long actorId, Path file, Progress progress) {
        CsvFiles.FileScan scan = scan(file);
        int rows = check(file, scan, DirectoryCsv.GROUP_COLUMNS, csv::group, groups::check,
                DirectoryCsv.GROUP_FIELD_COLUMNS, progress);
        return writeGroups(actorId, file, scan, rows, progress);
    }

    @Transactional
    protected int writeGroups(long actorId, Path file, CsvFiles.FileScan scan, int rows, Progress progress) {
        int[] n = {0};
        each(file, scan, csv::group, g -> {
            groups.insert(g, Group.Status.APPROVED, actorId);
            if (++n[0] % 100 == 0) {
                progress.update(Stage.WRITTEN, n[0], rows);
            }
        });
        if (n[0] != rows) {
            throw new IllegalStateException("rows checked " + rows + ", rows read again " + n[0]);
        }
        progress.update(Stage.WRITTEN, n[0], rows);
        audit.record(actorId, "dir.audit.groupsImported", "dir.audit.target.group", null, "rows=" + rows);
        return rows;
    }
}
