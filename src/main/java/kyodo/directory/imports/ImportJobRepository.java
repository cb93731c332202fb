package kyodo.directory.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;

/** Background import jobs and the bad rows of the failed ones ({@code dir_import_job_error}). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ImportJobRepository extends CrudRepository<ImportJob, Long> {

    @Query(value = """
            UPDATE dir_import_job SET state = 'RUNNING', rows_total = :total, rows_read = :done, updated_at = :now
            WHERE id = :id""", nativeQuery = true)
    int read(long id, long done, long total, LocalDateTime now);

    @Query(value = """
            UPDATE dir_import_job SET state = 'RUNNING', rows_total = :total, rows_validated = :done, updated_at = :now
            WHERE id = :id""", nativeQuery = true)
    int validated(long id, long done, long total, LocalDateTime now);

    @Query(value = """
            UPDATE dir_import_job SET state = 'RUNNING', rows_total = :total, rows_written = :done, updated_at = :now
            WHERE id = :id""", nativeQuery = true)
    int written(long id, long done, long total, LocalDateTime now);

    @Query(value = """
            UPDATE dir_import_job SET state = 'DONE', rows_total = :rows, rows_read = :rows, rows_validated = :rows,
              rows_written = :rows, updated_at = :now, finished_at = :now WHERE id = :id""", nativeQuery = true)
    int done(long id, int rows, LocalDateTime now);

    @Query(value = """
            UPDATE dir_import_job SET state = 'FAILED', rows_written = 0, error_count = :errors, updated_at = :now,
              finished_at = :now WHERE id = :id""", nativeQuery = true)
    int failed(long id, int errors, LocalDateTime now);

    /** Ends a job cut off by a stop (0 when it has ended meanwhile, here or on another instance). */
    @Query(value = """
            UPDATE dir_import_job SET state = 'FAILED', rows_written = 0, error_count = 1, updated_at = :now,
              finished_at = :now WHERE id = :id AND state IN ('QUEUED', 'RUNNING')""", nativeQuery = true)
    int interrupted(long id, LocalDateTime now);

    @Query(value = "SELECT id FROM dir_import_job WHERE state IN ('QUEUED', 'RUNNING') AND updated_at < :before",
            nativeQuery = true)
    List<Long> quietSince(LocalDateTime before);

    @Query(value = """
            INSERT INTO dir_import_job_error (job_id, seq, line, column_name, message_key, arg)
            VALUES (:jobId, :seq, :line, :column, :key, :arg)""", nativeQuery = true)
    int addError(long jobId, int seq, long line, String column, String key, @Nullable String arg);

    @Query(value = """
            SELECT line, column_name, message_key, arg FROM dir_import_job_error WHERE job_id = :jobId ORDER BY seq""",
            nativeQuery = true)
    List<ImportJobError> errors(long jobId);
}
