package kyodo.directory.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The status rows of background imports. Progress is written in its own short transaction
 * (REQUIRES_NEW) so staff see it while the import's one all-or-nothing transaction is open.
 */
@Singleton
public class ImportJobs {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    public record Job(long id, String kind, String fileName, State state, Integer total, int read, int validated,
                      int written, int errorCount, long createdBy, LocalDateTime createdAt, LocalDateTime finishedAt) {

        public boolean finished() {
            return state == State.DONE || state == State.FAILED;
        }

        /** The stage shown in words: reading, checking or writing. */
        public String stage() {
            if (state == State.QUEUED || total == null) {
                return "queued";
            }
            return written > 0 ? "writing" : validated >= total ? "writing" : "validating";
        }

        /** Progress over the two long stages (checking, then writing), 0–100. */
        public int percent() {
            if (total == null || total == 0) {
                return state == State.DONE ? 100 : 0;
            }
            return (int) Math.min(100, (validated + (long) written) * 100 / (2L * total));
        }
    }

    private final Db db;

    ImportJobs(Db db) {
        this.db = db;
    }

    @Transactional
    public long create(long actorId, String kind, String fileName) {
        LocalDateTime now = LocalDateTime.now();
        return db.insert("INSERT INTO dir_import_job (kind, file_name, state, created_by, created_at, updated_at) "
                + "VALUES (?, ?, 'QUEUED', ?, ?, ?)", kind, fileName == null || fileName.length() <= 255 ? fileName
                : fileName.substring(0, 255), actorId, now, now);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void progress(long id, CsvImportService.Stage stage, long done, long total) {
        String column = switch (stage) {
            case READ -> "rows_read";
            case VALIDATED -> "rows_validated";
            case WRITTEN -> "rows_written";
        };
        db.update("UPDATE dir_import_job SET state = 'RUNNING', rows_total = ?, " + column + " = ?, updated_at = ? "
                + "WHERE id = ?", total, done, LocalDateTime.now(), id);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void done(long id, int rows) {
        LocalDateTime now = LocalDateTime.now();
        db.update("UPDATE dir_import_job SET state = 'DONE', rows_total = ?, rows_read = ?, rows_validated = ?, "
                + "rows_written = ?, updated_at = ?, finished_at = ? WHERE id = ?", rows, rows, rows, rows, now, now, id);
    }

    /** Nothing was written; the bad rows are kept for the result page (the first 200 of them). */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void failed(long id, List<CsvImportService.RowError> errors) {
        LocalDateTime now = LocalDateTime.now();
        db.update("UPDATE dir_import_job SET state = 'FAILED', rows_written = 0, error_count = ?, updated_at = ?, "
                + "finished_at = ? WHERE id = ?", errors.size(), now, now, id);
        List<CsvImportService.RowError> kept = errors.subList(0, Math.min(errors.size(), CsvImportService.MAX_REPORTED));
        db.jdbc().prepareStatement("INSERT INTO dir_import_job_error (job_id, seq, line, column_name, message_key, arg) "
                + "VALUES (?, ?, ?, ?, ?, ?)", ps -> {
            int seq = 0;
            for (CsvImportService.RowError e : kept) {
                String arg = e.arg() == null ? null : e.arg().toString();
                Db.bind(ps, id, seq++, e.line(), cut(e.column(), 200), e.key(), arg == null ? null : cut(arg, 200));
                ps.addBatch();
            }
            ps.executeBatch();
            return null;
        });
    }

    /** Jobs still queued or running that have shown no progress for {@code quiet}. */
    @Transactional
    public List<Long> quietSince(Duration quiet) {
        return db.list("SELECT id FROM dir_import_job WHERE state IN ('QUEUED', 'RUNNING') AND updated_at < ?",
                rs -> rs.getLong(1), LocalDateTime.now().minus(quiet));
    }

    /**
     * Ends a job whose import was cut off (the app stopped under it): nothing of it was written,
     * its one transaction having rolled back. False when the job has ended meanwhile, here or on
     * another instance.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public boolean interrupted(long id) {
        LocalDateTime now = LocalDateTime.now();
        int ended = db.update("UPDATE dir_import_job SET state = 'FAILED', rows_written = 0, error_count = 1, "
                + "updated_at = ?, finished_at = ? WHERE id = ? AND state IN ('QUEUED', 'RUNNING')", now, now, id);
        if (ended == 1) {
            db.update("INSERT INTO dir_import_job_error (job_id, seq, line, column_name, message_key) VALUES (?, 0, 0, '', ?)",
                    id, "dir.error.import.interrupted");
        }
        return ended == 1;
    }

    @Transactional
    public Optional<Job> find(long id) {
        return db.one("SELECT * FROM dir_import_job WHERE id = ?", rs -> new Job(rs.getLong("id"), rs.getString("kind"),
                rs.getString("file_name"), State.valueOf(rs.getString("state")), Db.intOrNull(rs, "rows_total"),
                rs.getInt("rows_read"), rs.getInt("rows_validated"), rs.getInt("rows_written"),
                rs.getInt("error_count"), rs.getLong("created_by"), Db.dateTime(rs, "created_at"),
                Db.dateTime(rs, "finished_at")), id);
    }

    @Transactional
    public List<CsvImportService.RowError> errors(long id) {
        return db.list("SELECT * FROM dir_import_job_error WHERE job_id = ? ORDER BY seq",
                rs -> new CsvImportService.RowError(rs.getLong("line"), rs.getString("column_name"),
                        rs.getString("message_key"), rs.getString("arg")), id);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
