package kyodo.subsidies;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.subsidies.SubsidyFixture.Rep;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.FilePart;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reviewers read only screened applications of the review sessions they sit on: a draft, a
 * submission still being checked and one returned for corrections are refused (403), page and
 * attachment alike, and cannot be scored; once staff accept it, the reviewer reads both.
 */
@MicronautTest(transactional = false)
// The test moves the city clock through a past fiscal year: a session opened at the start stays open.
@Property(name = "kyodo.security.session-hours", value = "100000")
class SubsidyAccessWebTest {

    static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    SubsidyTestData data;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @Test
    void aReviewerReadsOnlyScreenedApplicationsOfTheirSessions() {
        CLOCK.set(2020, 4, 10);
        SubsidyFixture fx = new SubsidyFixture(server.getURL(), accounts, data);
        long program = fx.program("閲覧確認用補助金 " + SubsidyFixture.unique(), 300_000);
        long window = fx.window(program, 1, "2020-04-01T00:00", "2020-06-30T23:59", "2020-07-17");
        long other = fx.window(program, 2, "2020-07-01T00:00", "2020-08-31T23:59", "2020-09-17");
        long kickoff = fx.categoryId(program, "キックオフ部門");
        TestAccount sitting = accounts.create(Role.REVIEWER);
        TestAccount elsewhere = accounts.create(Role.REVIEWER);
        fx.assignReviewers(window, sitting);
        fx.assignReviewers(other, elsewhere);
        WebSession reviewer = accounts.logIn(server.getURL(), sitting);
        WebSession otherReviewer = accounts.logIn(server.getURL(), elsewhere);

        Rep rep = fx.representative("閲覧確認");
        long id = SubsidyFixture.idFrom(SubsidyFixture.applicationForm(window, rep.groupId(), kickoff, "閲覧の確認", 0,
                50_000, "save").post(rep.session(), server.getURL(), "/subsidies/apply"), "/subsidies/applications/");
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes();
        assertEquals(303, rep.session().postMultipart("/subsidies/applications/" + id + "/files", Map.of(),
                Map.of("attachment", new FilePart("計画書.pdf", "application/pdf", pdf))).status());
        long file = fx.number("SELECT id FROM sub_file WHERE owner_type = 'APPLICATION' AND owner_id = ?", id);
        String page = "/review/subsidies/applications/" + id;
        String download = "/subsidies/files/" + file;

        // A draft.
        assertEquals(403, reviewer.get(page).status());
        assertEquals(403, reviewer.get(download).status());
        // Submitted, not yet screened; then returned for corrections.
        assertEquals(303, SubsidyFixture.applicationForm(window, rep.groupId(), kickoff, "閲覧の確認", 0, 50_000, "submit")
                .post(rep.session(), server.getURL(), "/subsidies/applications/" + id + "/edit").status());
        assertEquals(403, reviewer.get(page).status());
        assertEquals(403, reviewer.get(download).status());
        assertEquals(403, fx.score(reviewer, id, 4).status());
        assertEquals(0, fx.number("SELECT COUNT(*) FROM sub_score WHERE application_id = ?", id));
        assertEquals(303, fx.staff.post("/admin/subsidies/applications/" + id + "/screen",
                SubsidyFixture.map("outcome", "return", "message", "添付書類を追加してください")).status());
        assertEquals(403, reviewer.get(page).status());
        assertEquals(403, reviewer.get(download).status());

        // Screened: the reviewer of the session reads page and attachment; a reviewer of another session does not.
        assertEquals(303, SubsidyFixture.applicationForm(window, rep.groupId(), kickoff, "閲覧の確認", 0, 50_000, "submit")
                .post(rep.session(), server.getURL(), "/subsidies/applications/" + id + "/edit").status());
        fx.accept(id);
        assertEquals(200, reviewer.get(page).status());
        assertEquals(200, reviewer.get(download).status());
        assertEquals(303, fx.score(reviewer, id, 4).status());
        assertEquals(403, otherReviewer.get(page).status());
        assertEquals(404, otherReviewer.get(download).status());
        // Staff read every application's files, and an unknown application is not found.
        assertEquals(200, fx.staff.get(download).status());
        assertEquals(404, reviewer.get("/review/subsidies/applications/999999999").status());
    }
}
