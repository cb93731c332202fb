package kyodo.directory;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import kyodo.directory.imports.CsvImportService;
import kyodo.directory.imports.ImportJob;
import kyodo.directory.imports.ImportJobs;
import kyodo.directory.imports.ImportRunner;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static kyodo.directory.DirectoryTestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Large imports run in the background: a status page with progress, then the result; staff only. */
@MicronautTest(transactional = false)
class ImportJobWebTest {

    static final int ROWS = 1_500;

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DirectoryTestData data;
    @Inject
    ImportJobs jobs;
    @Inject
    ImportRunner runner;
    @Inject
    DataSource dataSource;
    @Inject
    CityClock clock;
    @Inject
    CsvImportService imports;

    /** A file well over the inline limit; the row at {@code badLine} (file line) has no name when given. */
    static byte[] bigFile(String tag, int badLine) {
        StringBuilder sb = new StringBuilder(ImportWebTest.VOLUNTEER_HEADER);
        for (int i = 0; i < ROWS; i++) {
            sb.append(i + 2 == badLine ? "" : "人材 " + i).append(",ジンザイ,p").append(i).append('-').append(tag)
                    .append("@example.jp,090-0000-").append(String.format("%04d", i)).append(",メール,大量")
                    .append(tag).append(",,子育て,土午前,北地区,北小学校区,はい\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A file of {@code rows} rows; the row at file line {@code badLine} has no name, and every row when badLine is -1. */
    static byte[] file(String tag, int rows, int badLine) {
        StringBuilder sb = new StringBuilder(ImportWebTest.VOLUNTEER_HEADER);
        for (int i = 0; i < rows; i++) {
            sb.append(i + 2 == badLine || badLine == -1 ? "" : "人材 " + i).append(",ジンザイ,p").append(i).append('-')
                    .append(tag).append("@example.jp,090-0000-").append(String.format("%04d", i % 10_000))
                    .append(",メール,大量").append(tag).append(",,子育て,土午前,北地区,北小学校区,はい\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The uploads waiting on disk for their import. */
    static Set<Path> waitingUploads() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "kyodo-imports");
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.collect(Collectors.toSet());
        }
    }

    /** Asks for the progress fragment, as the page's script does, until the job has finished. */
    static Document pollUntilFinished(WebSession s, String jobPath) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Page fragment = s.get(jobPath + "/progress");
            assertEquals(200, fragment.status());
            String state = fragment.html().selectFirst("#import-job").attr("data-state");
            if (state.equals("DONE") || state.equals("FAILED")) {
                return s.get(jobPath).html();
            }
            assertNotNull(fragment.html().selectFirst("progress#import-progress"), fragment.body());
            Thread.sleep(500);
        }
        throw new AssertionError("the import did not finish");
    }

    @Test
    void aLargeFileIsImportedInTheBackgroundAndItsResultShown() throws Exception {
        String tag = unique();
        TestAccount staff = accounts.create(Role.STAFF);
        WebSession s = accounts.logIn(server.getURL(), staff);
        Page started = ImportWebTest.upload(s, "volunteers", bigFile(tag, 0));
        assertEquals(303, started.status(), started.text());
        String jobPath = started.location();
        assertTrue(jobPath.matches("/admin/directory/import/jobs/[0-9]+"), jobPath);
        assertEquals(200, s.get(jobPath).status());

        Document result = pollUntilFinished(s, jobPath);
        assertTrue(result.text().contains("1,500人を人材バンクに登録しました"), result.text());
        assertNull(result.selectFirst("progress"));
        assertEquals(ROWS, data.count("SELECT COUNT(*) FROM dir_volunteer WHERE skills = ?", "大量" + tag));
        assertEquals(1, data.count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'dir.audit.volunteersImported' "
                + "AND actor_id = ? AND detail = 'rows=1500'", staff.id()));

        // Only staff see jobs.
        assertEquals(403, accounts.loggedIn(server.getURL(), Role.COORDINATOR).get(jobPath).status());
        assertEquals(403, accounts.loggedIn(server.getURL(), Role.CITIZEN).get(jobPath + "/progress").status());
        assertEquals(404, s.get("/admin/directory/import/jobs/999999999").status());
    }

    @Test
    void oneBadRowInALargeFileImportsNothingAndTheResultGivesItsLine() throws Exception {
        String tag = unique();
        WebSession s = accounts.loggedIn(server.getURL(), Role.STAFF);
        Page started = ImportWebTest.upload(s, "volunteers", bigFile(tag, 1_234));
        assertEquals(303, started.status(), started.text());

        Document result = pollUntilFinished(s, started.location());
        List<String> errors = result.select("#import-errors li").eachText();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("1234行目「氏名」") && errors.get(0).contains("入力してください"), errors.toString());
        assertTrue(result.text().contains("何も登録されていません"), result.text());
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_volunteer WHERE skills = ?", "大量" + tag));
    }

    /** A file far over the inline limit goes through HTTP to disk, is imported from there and then deleted. */
    @Test
    void twentyThousandRowsAreImportedThroughHttpAndTheUploadIsDeletedAfterwards() throws Exception {
        String tag = unique();
        TestAccount staff = accounts.create(Role.STAFF);
        WebSession s = accounts.logIn(server.getURL(), staff);
        Set<Path> before = waitingUploads();
        Page started = ImportWebTest.upload(s, "volunteers", file(tag, 20_000, 0));
        assertEquals(303, started.status(), started.text());

        Document result = pollUntilFinished(s, started.location());
        assertTrue(result.text().contains("20,000人を人材バンクに登録しました"), result.text());
        assertEquals(20_000, data.count("SELECT COUNT(*) FROM dir_volunteer WHERE skills = ?", "大量" + tag));
        ImportJob job = jobs.find(Long.parseLong(started.location().replaceAll("\\D", ""))).orElseThrow();
        assertEquals(20_000, job.total());
        assertEquals(20_000, job.written());
        Set<Path> left = new HashSet<>(waitingUploads());
        left.removeAll(before);
        assertEquals(Set.of(), left, "the uploaded file is deleted once imported");
    }

    @Test
    void aBadLastLineOfTwentyThousandImportsNothing() throws Exception {
        String tag = unique();
        WebSession s = accounts.loggedIn(server.getURL(), Role.STAFF);
        Set<Path> before = waitingUploads();
        Page started = ImportWebTest.upload(s, "volunteers", file(tag, 20_000, 20_001));
        assertEquals(303, started.status(), started.text());

        Document result = pollUntilFinished(s, started.location());
        List<String> errors = result.select("#import-errors li").eachText();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("20001行目「氏名」"), errors.toString());
        assertTrue(result.text().contains("何も登録されていません"), result.text());
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_volunteer WHERE skills = ?", "大量" + tag));
        Set<Path> left = new HashSet<>(waitingUploads());
        left.removeAll(before);
        assertEquals(Set.of(), left, "the uploaded file is deleted after a failed import too");
    }

    /** Every row wrong: the first 200 problems are listed and the rest counted. */
    @Test
    void aFileOfBadRowsListsTheFirstTwoHundredAndCountsTheRest() throws Exception {
        String tag = unique();
        WebSession s = accounts.loggedIn(server.getURL(), Role.STAFF);
        Page started = ImportWebTest.upload(s, "volunteers", file(tag, 5_000, -1));
        assertEquals(303, started.status(), started.text());

        Document result = pollUntilFinished(s, started.location());
        List<String> errors = result.select("#import-errors li").eachText();
        assertEquals(CsvImportService.MAX_REPORTED, errors.size());
        assertTrue(errors.get(0).startsWith("2行目「氏名」"), errors.toString());
        assertTrue(result.text().contains("ほか4800件の誤りがあります"), "the rest counted");
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_volunteer WHERE skills = ?", "大量" + tag));
    }

    /** The import reports how far it has got while it reads and while it writes, against the file's row count. */
    @Test
    void progressIsReportedAgainstTheRowCountWhileCheckingAndWriting() throws Exception {
        String tag = unique();
        long staff = accounts.create(Role.STAFF).id();
        Path upload = Files.createTempFile("progress-", ".csv");
        record Update(CsvImportService.Stage stage, long done, long total) {
        }
        List<Update> updates = new ArrayList<>();
        try {
            Files.write(upload, file(tag, 12_345, 0));
            assertEquals(12_345, imports.importVolunteers(staff, upload, (st, d, t) -> updates.add(new Update(st, d, t))));
        } finally {
            Files.delete(upload);
        }
        assertEquals(new Update(CsvImportService.Stage.READ, 0, 12_345), updates.get(0));
        List<Update> checked = updates.stream().filter(u -> u.stage() == CsvImportService.Stage.VALIDATED).toList();
        List<Update> written = updates.stream().filter(u -> u.stage() == CsvImportService.Stage.WRITTEN).toList();
        assertEquals(13, checked.size(), checked.toString());
        assertEquals(new Update(CsvImportService.Stage.VALIDATED, 1_000, 12_345), checked.get(0));
        assertEquals(new Update(CsvImportService.Stage.VALIDATED, 12_345, 12_345), checked.get(checked.size() - 1));
        assertEquals(13, written.size(), written.toString());
        assertEquals(new Update(CsvImportService.Stage.WRITTEN, 5_000, 12_345), written.get(4));
        assertEquals(new Update(CsvImportService.Stage.WRITTEN, 12_345, 12_345), written.get(written.size() - 1));
        assertTrue(updates.indexOf(checked.get(checked.size() - 1)) < updates.indexOf(written.get(0)),
                "every row is checked before any is written");
        assertEquals(12_345, data.count("SELECT COUNT(*) FROM dir_volunteer WHERE skills = ?", "大量" + tag));

        // Written to the job's row, which every app instance on the database reads.
        long id = jobs.create(staff, "volunteers", "名簿.csv");
        jobs.progress(id, CsvImportService.Stage.READ, 0, 12_345);
        jobs.progress(id, CsvImportService.Stage.VALIDATED, 5_000, 12_345);
        ImportJob job = jobs.find(id).orElseThrow();
        assertEquals(ImportJobs.State.RUNNING, job.state());
        assertEquals(12_345, job.total());
        assertEquals(5_000, job.validated());
        assertEquals("validating", job.stage());
    }

    @Test
    void aRunningJobShowsAProgressBarAnAnnouncedStatusAndARefreshLink() {
        TestAccount staff = accounts.create(Role.STAFF);
        long id = jobs.create(staff.id(), "volunteers", "名簿.csv");
        jobs.progress(id, kyodo.directory.imports.CsvImportService.Stage.VALIDATED, 30_000, 100_000);
        WebSession s = accounts.logIn(server.getURL(), staff);
        Document page = s.get("/admin/directory/import/jobs/" + id).html();
        assertEquals("15", page.selectFirst("progress#import-progress").attr("value"));
        assertNotNull(page.selectFirst("label[for=import-progress]"));
        assertEquals("polite", page.selectFirst("#import-status").attr("aria-live"));
        assertTrue(page.selectFirst("#import-status").text().contains("100,000行のうち30,000行を確認しました"),
                page.selectFirst("#import-status").text());
        assertNotNull(page.selectFirst("a[href='/admin/directory/import/jobs/" + id + "']:contains(更新)"));
        String script = page.selectFirst("script[src$=/js/import-progress.js]").attr("src");
        assertTrue(script.startsWith("/assets/"), script);
        assertNull(page.selectFirst("meta[http-equiv=refresh]"));
        assertFalse(page.text().contains("登録しました"));
        assertEquals(200, s.get(script).status());
    }

    /** A job left "running" by a stopped instance ends as failed, saying why; a job still moving is left alone. */
    @Test
    void aJobCutOffByAStopEndsAsInterrupted() throws Exception {
        TestAccount staff = accounts.create(Role.STAFF);
        long stale = runningJob(staff.id(), clock.now().minusHours(1));
        long moving = runningJob(staff.id(), clock.now());

        assertTrue(runner.endInterruptedJobs() >= 1);
        assertEquals(ImportJobs.State.FAILED, jobs.find(stale).orElseThrow().state());
        assertEquals(ImportJobs.State.RUNNING, jobs.find(moving).orElseThrow().state());
        Document page = accounts.logIn(server.getURL(), staff).get("/admin/directory/import/jobs/" + stale).html();
        assertTrue(page.select("#import-errors").text().contains("途中でシステムが停止したため、何も登録していません"),
                page.text());
        // Ended once: a second sweep (or another instance's) changes nothing.
        assertFalse(jobs.interrupted(stale));
    }

    /** An upload that a stopped instance left on disk is deleted a day later; one still waiting is kept. */
    @Test
    void uploadsLeftBehindByAStoppedImportAreDeleted() throws Exception {
        Path uploads = Files.createDirectories(
                Path.of(System.getProperty("java.io.tmpdir"), "kyodo-imports"));
        Path left = Files.createTempFile(uploads, "import-", ".csv");
        Path waiting = Files.createTempFile(uploads, "import-", ".csv");
        Files.setLastModifiedTime(left,
                FileTime.from(clock.instant().minus(Duration.ofDays(2))));
        Files.setLastModifiedTime(waiting, FileTime.from(clock.instant()));
        try {
            assertTrue(runner.removeLeftUploads() >= 1);
            assertFalse(Files.exists(left));
            assertTrue(Files.exists(waiting));
        } finally {
            Files.deleteIfExists(left);
            Files.deleteIfExists(waiting);
        }
    }

    private long runningJob(long staffId, LocalDateTime lastProgress) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     INSERT INTO dir_import_job (kind, file_name, state, rows_total, rows_read, created_by, created_at, updated_at)
                     VALUES ('volunteers', 'big.csv', 'RUNNING', 100000, 5000, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, staffId);
            ps.setTimestamp(2, Timestamp.valueOf(lastProgress));
            ps.setTimestamp(3, Timestamp.valueOf(lastProgress));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
