package kyodo.directory.imports;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import io.micronaut.scheduling.annotation.Scheduled;
import kyodo.core.CityClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs large imports in the background, one at a time, and keeps their status rows up to date.
 * The import itself is the same all-or-nothing transaction as an inline one. The uploaded file
 * waits on disk and is deleted when its import has ended.
 */
@Singleton
public class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);
    /** Progress is written at most this often (rows), besides the end of each stage. */
    static final int PROGRESS_EVERY = 5_000;

    private final CsvImportService imports;
    private final ImportJobs jobs;
    // One import at a time: two 100,000-row files at once would only slow each other down.
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "directory-import");
        t.setDaemon(true);
        return t;
    });

    /** A running import writes progress every few thousand rows; this long without any, its app instance is gone. */
    static final Duration QUIET_LIMIT = Duration.ofMinutes(10);

    /**
     * An upload waits on disk for seconds (a million rows import in under a minute): one this old was left by an
     * instance that stopped in the middle of an import, and is removed.
     */
    static final Duration LEFT_UPLOAD_AGE = Duration.ofDays(1);

    /** The jobs of this instance, queued or running: never taken for cut off. */
    private final Set<Long> ours = ConcurrentHashMap.newKeySet();

    private final CityClock clock;

    ImportRunner(CsvImportService imports, ImportJobs jobs, CityClock clock) {
        this.imports = imports;
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * Creates the status row (committed) and starts the import; returns the job's id. The runner
     * owns the file from here on and deletes it when the import has ended.
     */
    public long start(long actorId, String kind, String fileName, Path file) {
        long id;
        try {
            id = jobs.create(actorId, kind, fileName);
            ours.add(id);
            executor.execute(() -> {
                try {
                    run(id, actorId, kind, file);
                } finally {
                    ours.remove(id);
                    delete(file);
                }
            });
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        return id;
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the uploaded file {}", file, e);
        }
    }

    /**
     * Ends the jobs that a stopped instance (a restart, a crash) left "running" forever, so that
     * staff see on the status page that nothing was imported and they should import again.
     * Returns how many were ended.
     */
    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    public int endInterruptedJobs() {
        int ended = 0;
        for (long id : jobs.quietSince(QUIET_LIMIT)) {
            if (!ours.contains(id) && jobs.interrupted(id)) {
                LOG.warn("Import job {} showed no progress for {} minutes; marked as interrupted", id, QUIET_LIMIT.toMinutes());
                ended++;
            }
        }
        return ended;
    }

    /** The directory of the uploads waiting for their import (under the system's temporary directory). */
    static Path uploadDirectory() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "kyodo-imports"));
    }

    /**
     * Deletes the uploads that a stopped instance left behind (its import ended with it; the job is ended as
     * interrupted above). Returns how many were deleted.
     */
    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    public int removeLeftUploads() {
        Instant before = clock.instant().minus(LEFT_UPLOAD_AGE);
        int removed = 0;
        try (DirectoryStream<Path> uploads = Files.newDirectoryStream(uploadDirectory(), "import-*.csv")) {
            for (Path upload : uploads) {
                if (Files.getLastModifiedTime(upload).toInstant().isBefore(before)) {
                    delete(upload);
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not look for uploads left behind", e);
        }
        if (removed > 0) {
            LOG.info("Deleted {} uploaded files that a stopped import left behind", removed);
        }
        return removed;
    }

    private void run(long id, long actorId, String kind, Path content) {
        CsvImportService.Progress progress = (stage, done, total) -> {
            if (done == total || done % PROGRESS_EVERY == 0) {
                jobs.progress(id, stage, done, total);
            }
        };
        try {
            int rows = kind.equals("volunteers") ? imports.importVolunteers(actorId, content, progress)
                    : imports.importGroups(actorId, content, progress);
            jobs.done(id, rows);
        } catch (CsvImportService.ImportFailed e) {
            jobs.failed(id, e.errors(), e.total());
        } catch (RuntimeException e) {
            LOG.error("Import job {} failed", id, e);
            jobs.failed(id, List.of(new CsvImportService.RowError(0, "", "dir.error.import.crashed", null)), 1);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
