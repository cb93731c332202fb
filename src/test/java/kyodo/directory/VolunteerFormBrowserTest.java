package kyodo.directory;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.Browser;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

import static kyodo.directory.DirectoryTestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The volunteer form and the matching console on a phone (360 px) and a desktop (1280 px): axe-core
 * finds nothing, the grids fit the width, and screenshots show them (target/screenshots).
 */
@MicronautTest(transactional = false)
class VolunteerFormBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;

    /** A screenshot of the whole page at a width (the window made as tall as the page). */
    static void fullPage(Browser b, int width, String name) {
        b.driver().manage().window().setSize(new Dimension(width, 1000));
        long height = (Long) ((JavascriptExecutor) b.driver()).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight);");
        b.driver().manage().window().setSize(new Dimension(width, (int) Math.min(height + 140, 7000)));
        b.screenshot(name);
        b.driver().manage().window().setSize(new Dimension(width, 1000));
    }

    /** How far the page is wider than the window (0 when nothing sticks out sideways). */
    static long overflow(Browser b) {
        return (Long) ((JavascriptExecutor) b.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    @Test
    void theVolunteerFormAsksForAnAddressForPostAndFitsAPhone() {
        TestAccount person = accounts.create(Role.CITIZEN);
        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(person.email(), person.password());
            b.go("/volunteer").assertAccessible();
            b.phone();
            assertEquals(0, overflow(b), "nothing wider than the phone");
            WebElement grid = b.find("#activityFields .dir-check-grid");
            String columns = grid.getCssValue("grid-template-columns");
            assertEquals(2, columns.trim().split("\\s+").length, columns);
            WebElement table = b.find("#availability table");
            assertTrue(table.getSize().getWidth() <= 340, "the weekday table fits: " + table.getSize());
            b.desktop();
            String desktopColumns = b.find("#activityFields .dir-check-grid").getCssValue("grid-template-columns");
            assertEquals(4, desktopColumns.trim().split("\\s+").length, desktopColumns);
            assertTrue(b.find("#availability table").getSize().getWidth() < 500,
                    "the boxes stay near the day names: " + b.find("#availability table").getSize());

            b.click("label[for=avail_SAT_AM]");
            b.click("label[for=avail_SUN_PM]");
            new Select(b.find("#contactMethod")).selectByValue("POST");
            b.click("form[action='/volunteer'] button[type=submit]");
            assertTrue(b.text().contains("郵便番号を入力してください"), b.text());
            assertTrue(b.find("#avail_SAT_AM").isSelected(), "ticks kept");
            b.assertAccessible();
            fullPage(b, 360, "volunteer-form-errors-360");
            fullPage(b, 1280, "volunteer-form-errors-1280");

            b.type("#postalCode", "〒１２３ー４５６７").type("#address", "さくら市中央1-2-3");
            b.click("form[action='/volunteer'] button[type=submit]");
            assertTrue(b.text().contains("保存しました"), b.text());
            assertEquals("123-4567", b.find("#postalCode").getAttribute("value"));
            b.assertAccessible();
            fullPage(b, 360, "volunteer-form-360");
            fullPage(b, 1280, "volunteer-form-1280");
        }
    }

    @Test
    void theMatchingConsoleInPagesIsAccessible() {
        String skill = "読み聞かせ" + unique();
        String district = "校区" + unique();
        WebSession requester = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Map<String, String> form = BoardWebTest.request("絵本の読み聞かせ " + skill);
        form.put("skills", skill);
        form.put("schoolDistrict", district);
        form.put("neededOn", LocalDate.now(kyodo.core.CityClock.JAPAN).with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).toString());
        long postId = BoardWebTest.post(requester, form);
        TestAccount coordinator = accounts.create(Role.COORDINATOR);
        WebSession cs = accounts.logIn(server.getURL(), coordinator);
        assertEquals(303, cs.post("/admin/board/" + postId + "/approve", Map.of()).status());
        for (int i = 0; i < 12; i++) {
            TestAccount v = accounts.create(Role.CITIZEN);
            Map<String, String> vf = VolunteerWebTest.volunteerForm(i % 3 == 0 ? "草刈り" : skill);
            vf.put("schoolDistrict", district);
            vf.put("availability", i % 4 == 0 ? "MON_PM" : "SAT_AM");
            vf.put("activityFields", i % 2 == 0 ? "ELDERLY" : "CHILDCARE");
            assertEquals(303, accounts.logIn(server.getURL(), v).post("/volunteer", vf).status());
        }
        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(coordinator.email(), coordinator.password());
            String path = "/admin/board/" + postId + "/match?district=" + java.net.URLEncoder.encode(district,
                    java.nio.charset.StandardCharsets.UTF_8);
            b.go(path).assertAccessible();
            assertTrue(b.text().contains("12件中 1–10件"), b.text());
            b.click("ol.dir-suggestions > li button[type=submit]");
            assertTrue(b.text().contains("依頼しました"), b.text());
            b.go(path).assertAccessible();
            fullPage(b, 360, "match-console-360");
            fullPage(b, 1280, "match-console-1280");
            b.click(".pager a[rel=next]");
            assertTrue(b.text().contains("11件中 11–11件"), b.text());
            b.assertAccessible();
            b.phone();
            assertEquals(0, overflow(b), "nothing wider than the phone");
        }
    }
}
