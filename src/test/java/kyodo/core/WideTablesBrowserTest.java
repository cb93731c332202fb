package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.Browser;
import kyodo.support.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wide tables on a phone (the program's categories, the ledger, the events admin list): below 600 px a hint says
 * the table scrolls sideways, headers and amounts keep to one line and are never cut off; at desktop width no hint.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WideTablesBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    List<DemoData> demoData;
    @Inject
    javax.sql.DataSource dataSource;

    @BeforeAll
    void seedTheDemoCityIfEmpty() {
        if (kyodo.support.Db.count(dataSource, "SELECT COUNT(*) FROM sub_program") > 0
                && kyodo.support.Db.count(dataSource, "SELECT COUNT(*) FROM evt_event") > 0) {
            return;
        }
        java.util.Map<Role, Long> ids = new java.util.EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            ids.put(role, accounts.create(role).id());
        }
        demoData.stream().sorted(java.util.Comparator.comparingInt(DemoData::order))
                .filter(d -> List.of("events", "directory", "subsidies").contains(d.getClass().getPackageName().split("\\.")[1]))
                .filter(d -> !d.getClass().getSimpleName().startsWith("Survey"))
                .forEach(d -> d.seed(ids));
    }

    @Test
    void aWideTableSaysItScrollsOnAPhoneAndNeverCutsAnAmount() {
        String program = kyodo.support.Db.text(dataSource, "SELECT MIN(id) FROM sub_program");
        TestAccounts.TestAccount admin = accounts.create(Role.STAFF);
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(admin.email(), admin.password());
            for (String[] page : List.of(new String[] {"/subsidies/programs/" + program, "tables-categories"},
                    new String[] {"/admin/subsidies/programs/" + program + "/ledger", "tables-ledger"},
                    new String[] {"/admin/events", "tables-events-admin"})) {
                browser.phone().go(page[0]);
                showTable(browser);
                browser.screenshot(page[1] + "-360");
                List<WebElement> hints = browser.findAll(".table-scroll__hint");
                assertFalse(hints.isEmpty(), page[0]);
                assertTrue(hints.stream().allMatch(WebElement::isDisplayed), "the hint shows at 360 px on " + page[0]);
                problems.addAll(cut(browser, page[0]));
                browser.desktop().go(page[0]);
                showTable(browser);
                browser.screenshot(page[1] + "-1280");
                assertTrue(browser.findAll(".table-scroll__hint").stream().noneMatch(WebElement::isDisplayed), "no hint at 1280 px");
                problems.addAll(cut(browser, page[0]));
                browser.assertAccessible();
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Scrolls the page so that the first wide table (with its hint) is at the top of the window. */
    private static void showTable(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector('.table-scroll-block').scrollIntoView();");
    }

    /** Amount and header cells whose text is wider than the cell, or broken onto a second line. */
    @SuppressWarnings("unchecked")
    private static List<String> cut(Browser browser, String path) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "const out = [];"
                        + " for (const c of document.querySelectorAll('.table-scroll .num, .table-scroll thead th')) {"
                        + "   const lh = parseFloat(getComputedStyle(c).lineHeight) || 30;"
                        + "   const r = document.createRange(); r.selectNodeContents(c);"
                        + "   const lines = new Set([...r.getClientRects()].map(x => Math.round(x.top))).size;"
                        + "   if (c.scrollWidth > c.clientWidth + 1 || (c.classList.contains('num') && lines > 1)) {"
                        + "     out.push(arguments[0] + ' ' + window.innerWidth + 'px: ' + c.textContent.trim());"
                        + "   }"
                        + " }"
                        + " return out;", path);
    }
}
