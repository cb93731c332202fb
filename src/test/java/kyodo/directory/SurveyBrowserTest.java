package kyodo.directory;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.Browser;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import org.openqa.selenium.JavascriptExecutor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static kyodo.directory.DirectoryTestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The status survey by browser: staff set up and open a round, a representative answers it end
 * to end, staff read the answer; every page scanned with axe-core at desktop and phone width.
 */
@MicronautTest(transactional = false)
class SurveyBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DirectoryTestData data;

    @Test
    void staffOpenARoundAndARepresentativeAnswersIt() {
        TestAccount rep = accounts.create(Role.CITIZEN);
        WebSession repSession = accounts.logIn(server.getURL(), rep);
        String groupName = "ブラウザ調査の会" + unique();
        long groupId = DirectoryTestData.registerGroup(repSession, DirectoryTestData.groupForm(groupName));
        data.update("UPDATE dir_group SET status = 'APPROVED' WHERE id = ?", groupId);
        TestAccount staff = accounts.create(Role.STAFF);
        String title = "令和8年度 市民活動団体実態及び意向調査 " + unique();
        String round;

        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(staff.email(), staff.password());
            b.go("/admin/surveys").assertAccessible();
            b.go("/admin/surveys/new").assertAccessible();
            b.click("form[action='/admin/surveys'] button[type=submit]");
            assertTrue(b.text().contains("入力してください"));
            b.assertAccessible();
            b.type("#surveyTitle", title).type("#surveyYear", String.valueOf(LocalDate.now(kyodo.core.CityClock.JAPAN).getYear()))
                    .type("#surveyIntro", "団体の活動状況と今後の活動の意向をうかがいます。");
            setDate(b, "#opensOn", LocalDate.now(kyodo.core.CityClock.JAPAN).minusDays(1));
            setDate(b, "#closesOn", LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(30));
            b.click("form[action='/admin/surveys'] button[type=submit]");
            assertTrue(b.text().contains("調査を作成しました"), b.text());
            b.assertAccessible();
            round = b.path();

            // An incomplete question first, then two good ones.
            b.click("form[action='" + round + "/questions'] button[type=submit]");
            assertTrue(b.text().contains("入力してください"));
            b.assertAccessible();
            b.type("#questionText", "現在の団体の活動状況を教えてください。").click("#kind_SINGLE")
                    .type("#choices", "定期的に活動している\n不定期に活動している\n休止している");
            b.click("form[action='" + round + "/questions'] button[type=submit]");
            assertTrue(b.text().contains("質問を追加しました"), b.text());
            b.type("#questionText", "活動を続けるうえで必要な支援を選んでください。").click("#kind_MULTIPLE")
                    .type("#choices", "活動資金\n会員・担い手の確保\n情報発信・PR");
            b.click("form[action='" + round + "/questions'] button[type=submit]");
            b.assertAccessible();
            b.go(round + "/edit").assertAccessible();
            b.phone().go(round).assertAccessible();
            b.click("form[action='" + round + "/open'] button");
            assertTrue(b.text().contains("回答の受付を始め"), b.text());
            b.assertAccessible();
        }
        String base = "/groups/" + groupId + "/surveys/" + round.substring(round.lastIndexOf('/') + 1);

        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(rep.email(), rep.password());
            b.go("/").assertAccessible();
            b.go("/groups/mine").assertAccessible();
            b.click("a[href='" + base + "']");
            assertEquals(base, b.path());
            assertTrue(b.text().contains(title));
            b.assertAccessible();
            b.type("#memberCount", "30");
            b.click("form[action='" + base + "/data'] button[type=submit]");
            assertTrue(b.text().contains("団体の情報を確認しました"), b.text());
            b.assertAccessible();
            b.click("button[value=submit]");
            assertTrue(b.text().contains("選択肢から1つ選んでください"), b.text());
            b.assertAccessible();
            b.phone().assertAccessible();
            b.click("input[type=radio][value='1']");
            b.click("fieldset input[type=checkbox]");
            b.click("button[value=save]");
            assertTrue(b.text().contains("一時保存しました"), b.text());
            b.click("button[value=submit]");
            assertTrue(b.text().contains("回答を受け付けました"), b.text());
            assertTrue(b.text().contains("不定期に活動している"));
            b.assertAccessible();
            b.go(base).assertAccessible();
        }
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_group WHERE id = ? AND member_count = 30", groupId));

        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(staff.email(), staff.password());
            b.go(round).assertAccessible();
            assertTrue(b.text().contains("提出済み"));
            b.go(round + "/groups/" + groupId).assertAccessible();
            assertTrue(b.text().contains("不定期に活動している"));
            b.phone().go(round).assertAccessible();
            b.go(round + "/groups/" + groupId).assertAccessible();
        }
    }

    /** Date inputs are typed differently per locale; set the value as the date picker would. */
    private static void setDate(Browser b, String css, LocalDate date) {
        ((JavascriptExecutor) b.driver()).executeScript("document.querySelector(arguments[0]).value = arguments[1]",
                css, date.toString());
    }
}
