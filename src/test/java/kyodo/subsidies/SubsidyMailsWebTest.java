package kyodo.subsidies;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.subsidies.SubsidyFixture.Rep;
import kyodo.support.TestAccounts;
import kyodo.support.TestClock;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module's mails name the program as it is called (not always 「市民活動支援補助金」), link
 * absolutely from KYODO_BASE_URL (http://localhost in tests) and carry the center's signature.
 */
@MicronautTest(transactional = false)
// The test moves the city clock through a past fiscal year: a session opened at the start stays open.
@Property(name = "kyodo.security.session-hours", value = "100000")
class SubsidyMailsWebTest {

    static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    SubsidyTestData data;
    @Inject
    kyodo.subsidies.internal.ReportReminders reportReminders;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    private String mailTo(String recipient, String subjectPart) {
        List<String> bodies = data.texts("SELECT body FROM core_outbox WHERE recipient = ? AND subject LIKE ? "
                + "ORDER BY id DESC", recipient, "%" + subjectPart + "%");
        assertFalse(bodies.isEmpty(), "a mail to " + recipient + " about " + subjectPart);
        return bodies.get(0);
    }

    private static void assertNamesAndLinks(String body, String program, String path) {
        assertTrue(body.contains(program), body);
        assertFalse(body.contains("市民活動支援補助金"), body);
        assertTrue(body.contains("http://localhost" + path), body);
        assertFalse(body.lines().anyMatch(line -> line.startsWith("/")), "no relative link: " + body);
        assertTrue(body.contains("市民活動サポートセンター"), "the center's signature: " + body);
    }

    @Test
    void everyMailNamesTheProgramAndLinksAbsolutely() {
        CLOCK.set(2020, 4, 10);
        SubsidyFixture fx = new SubsidyFixture(server.getURL(), accounts, data);
        String name = "まちづくりチャレンジ助成 " + SubsidyFixture.unique();
        long program = fx.program(name, 300_000);
        long window = fx.window(program, 1, "2020-04-01T00:00", "2020-06-30T23:59", "2020-07-17");
        long kickoff = fx.categoryId(program, "キックオフ部門");
        Rep rep = fx.representative("メール確認");
        String staff = fx.data.texts("SELECT a.email FROM core_account a JOIN core_account_role r ON r.account_id = a.id "
                + "WHERE r.role = 'STAFF' ORDER BY a.id DESC").get(0);

        long id = fx.submit(rep, window, kickoff, "メールの確認", 0, 50_000);
        assertNamesAndLinks(mailTo(staff, "申請が提出されました: メールの確認"), name, "/admin/subsidies/applications/" + id);

        assertEquals(303, fx.staff.post("/admin/subsidies/applications/" + id + "/screen",
                SubsidyFixture.map("outcome", "return", "message", "収支予算書の合計を確認してください")).status());
        String returned = mailTo(rep.account().email(), "修正をお願いします");
        assertNamesAndLinks(returned, name, "/subsidies/applications/" + id + "/edit");
        assertTrue(returned.contains("収支予算書の合計を確認してください"));

        assertEquals(303, SubsidyFixture.applicationForm(window, rep.groupId(), kickoff, "メールの確認", 0, 50_000, "submit")
                .post(rep.session(), server.getURL(), "/subsidies/applications/" + id + "/edit").status());
        fx.accept(id);
        fx.decide(id, "adopt", 50_000, "");
        fx.release(window);
        String adopted = mailTo(rep.account().email(), "採択");
        assertNamesAndLinks(adopted, name, "/subsidies/applications/" + id + "/notice");
        assertTrue(adopted.contains("50,000円"), adopted);

        CLOCK.set(2021, 1, 12);
        reportReminders.remindReports();
        String due = mailTo(rep.account().email(), "実績報告の提出期限");
        assertNamesAndLinks(due, name, "/subsidies/applications/" + id + "/report");
        assertTrue(due.contains("2021年1月19日"), due);
    }
}
