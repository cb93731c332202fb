package kyodo.subsidies;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.Browser;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession.FilePart;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A program page with its downloadable forms, and the staff's upload form, at 360 px and 1280 px. */
@MicronautTest(transactional = false)
class ProgramFormsBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    SubsidyTestData data;

    static void fullPage(Browser b, int width, String name) {
        b.driver().manage().window().setSize(new Dimension(width, 1000));
        long height = (Long) ((JavascriptExecutor) b.driver()).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight);");
        b.driver().manage().window().setSize(new Dimension(width, (int) Math.min(height + 140, 7000)));
        b.screenshot(name);
        b.driver().manage().window().setSize(new Dimension(width, 1000));
    }

    @Test
    void theProgramPageListsItsFormsAndStaffManageThem() {
        SubsidyFixture fx = new SubsidyFixture(server.getURL(), accounts, data);
        long program = fx.program("市民活動支援補助金（様式の確認） " + SubsidyFixture.unique(), 600_000);
        String forms = "/admin/subsidies/programs/" + program + "/forms";
        assertEquals(303, fx.staff.postMultipart(forms, Map.of("formTitle", "交付申請書（様式第1号）"),
                Map.of("formFile", new FilePart("様式第1号_交付申請書.docx", "application/octet-stream",
                        ProgramFormsWebTest.docx(32 * 1024)))).status());
        assertEquals(303, fx.staff.postMultipart(forms, Map.of("formTitle", "収支予算書"),
                Map.of("formFile", new FilePart("収支予算書.xlsx", "application/octet-stream", ProgramFormsWebTest.xlsx()))).status());
        assertEquals(303, fx.staff.postMultipart(forms, Map.of("formTitle", "募集要項"),
                Map.of("formFile", new FilePart("募集要項.pdf", "application/pdf", ProgramFormsWebTest.PDF))).status());

        try (Browser b = Browser.open(server.getURL())) {
            b.go("/subsidies/programs/" + program).assertAccessible();
            List<String> links = b.findAll("ul.sub-forms a").stream().map(e -> e.getText()).toList();
            assertEquals(List.of("交付申請書（様式第1号）（Word, 32 KB）", "収支予算書（Excel, 1 KB）", "募集要項（PDF, 1 KB）"), links);
            fullPage(b, 360, "program-forms-360");
            fullPage(b, 1280, "program-forms-1280");
        }
        TestAccount staff = accounts.create(Role.STAFF);
        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(staff.email(), staff.password());
            b.go("/admin/subsidies/programs/" + program + "#forms").assertAccessible();
            // Uploading with no file chosen: the message by the field.
            b.click("form[action='" + forms + "'] button[type=submit]");
            assertTrue(b.text().contains("ファイルを選んでください"), b.text());
            b.assertAccessible();
            b.go("/admin/subsidies/programs/" + program + "#forms");
            b.click("ul.sub-forms li:last-child form button");
            assertEquals(2, b.findAll("ul.sub-forms li").size());
            b.assertAccessible();
        }
    }
}
