package kyodo.directory.imports;


import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;

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

    private final ImportJobRepository jobs;
    private final CityClock clock;

    ImportJobs(ImportJobRepository jobs, CityClock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @Transactional
    public long create(long actorId, String kind, String fileName) {
        LocalDateTime now = clock.now();
        String name = fileName == null || fileName.length() <= 255 ? fileName : fileName.substring(0, 255);
        return jobs.save(new ImportJob(null, kind, name, State.QUEUED, null, 0, 0, 0, 0, actorId, now, now, null)).id();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void progress(long id, CsvImportService.Stage stage, long done, long total) {
        LocalDateTime now = clock.now();
        switch (stage) {
            case READ -> jobs.read(id, done, total, now);
            case VALIDATED -> jobs.validated(id, done, total, now);
            case WRITTEN -> jobs.written(id, done, total, now);
        }
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void done(long id, int rows) {
        jobs.done(id, rows, clock.now());
    }

    /** Nothing was written; the bad rows are kept for the result page (the first 200 of them) with their count. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void failed(long id, List<CsvImportService.RowError> errors, int total) {
        jobs.failed(id, Math.max(total, errors.size()), clock.now());
        List<CsvImportService.RowError> kept = errors.subList(0, Math.min(errors.size(), CsvImportService.MAX_REPORTED));
        int seq = 0;
        for (CsvImportService.RowError e : kept) {
            String arg = e.arg() == null ? null : e.arg().toString();
            jobs.addError(id, seq++, e.line(), cut(e.column(), 200), e.key(), arg == null ? null : cut(arg, 200));
        }
    }

    /** Jobs still queued or running that have shown no progress for {@code quiet}. */
    @Transactional
    public List<Long> quietSince(Duration quiet) {
        return jobs.quietSince(clock.now().minus(quiet));
    }

    /**
     * Ends a job whose import was cut off (the app stopped under it): nothing of it was written,
     * its one transaction having rolled back. False when the job has ended meanwhile, here or on
     * another instance.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public boolean interrupted(long id) {
        boolean ended = jobs.interrupted(id, clock.now()) == 1;
        if (ended) {
            jobs.addError(id, 0, 0, "", "dir.error.import.interrupted", null);
        }
        return ended;
    }

    @Transactional
    public Optional<ImportJob> find(long id) {
        return jobs.findById(id);
    }

    @Transactional
    public List<CsvImportService.RowError> errors(long id) {
        return jobs.errors(id).stream()
                .map(e -> new CsvImportService.RowError(e.line(), e.columnName(), e.messageKey(), e.arg())).toList();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
