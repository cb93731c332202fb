package kyodo.directory;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import kyodo.directory.imports.ImportJobs;
import kyodo.directory.imports.ImportRunner;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

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
    kyodo.core.CityClock clock;

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
