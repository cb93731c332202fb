package kyodo.voices;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.support.Browser;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: a public comment from its publication through a citizen's opinion to the published
 * 意見の概要と市の考え方 (without the submitter's name); a questionnaire built, answered by two citizens and its
 * results read (a chart and a table per question, a cross-tabulation); and every other page of the module.
 * Every page passes axe-core at 1280 and 360 px.
 */
@MicronautTest(transactional = false)
class VoicesBrowserTest {

    static final TestClock CLOCK = new TestClock();
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    VoicesFixture fx;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @AfterEach
    void realTime() {
        CLOCK.reset();
    }

    /** Date inputs take what a person picks, not typed ISO text: set their value as the picker would. */
    static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    /** Ticks a box or leaves it ticked (a form may come with it ticked). */
    static void tick(Browser browser, String css, boolean ticked) {
        if (browser.find(css).isSelected() != ticked) {
            browser.click(css);
        }
    }

    @Test
    void aPublicCommentGoesFromPublicationThroughAnOpinionToTheResultWithoutNames() throws Exception {
        CLOCK.set(LocalDateTime.of(2037, 6, 1, 9, 0));
        VoicesFixture.Staff planner = fx.staff("環境政策課", false, false);
        String title = VoicesFixture.unique("第3次環境基本計画（案）");
        Path pdf = Files.createTempFile("draft", ".pdf");
        Files.write(pdf, PDF);
        long id;
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(planner.account().email(), planner.account().password());
            browser.go("/admin/voices").assertAccessible();
            browser.go("/admin/voices/comments").assertAccessible();
            browser.go("/admin/voices/comments/new").assertAccessible();
            browser.type("#draftTitle", title);
            new Select(browser.find("#departmentId")).selectByValue(Long.toString(planner.departmentId()));
            browser.type("#draftSummary", "脱炭素と自然共生を柱とする計画の案です。");
            setValue(browser, "opensOn", "2037-06-05");
            setValue(browser, "closesOn", "2037-07-04");
            tick(browser, "#eligibility_RESIDENT", true);
            tick(browser, "#eligibility_COMMUTER", false);
            tick(browser, "#eligibility_BUSINESS", false);
            tick(browser, "#eligibility_STAKEHOLDER", false);
            browser.click("main form button[type=submit]");
            assertTrue(browser.path().matches("/admin/voices/comments/\\d+"), browser.path() + " " + browser.text());
            id = Long.parseLong(browser.path().replaceAll("\\D", ""));
            browser.assertAccessible();
            browser.type("#sectionLabel", "第2章 基本目標").click("form[action$='/sections'] button[type=submit]");
            browser.find("#document").sendKeys(pdf.toAbsolutePath().toString());
            browser.click("form[action$='/documents'] button[type=submit]");
            assertTrue(browser.text().contains("第2章 基本目標") && browser.text().contains(pdf.getFileName().toString()), browser.text());
            browser.click("form[action$='/publish'] button[type=submit]");
            assertEquals("PUBLISHED", fx.text("SELECT status FROM voi_pc_draft WHERE id = ?", id));
            browser.assertAccessible();
        } finally {
            Files.deleteIfExists(pdf);
        }

        CLOCK.set(LocalDateTime.of(2037, 6, 10, 10, 0));
        String receipt;
        try (Browser browser = Browser.open(server.getURL())) {
            browser.go("/voices").assertAccessible();
            browser.go("/voices/comments").assertAccessible();
            assertTrue(browser.text().contains(title));
            browser.click("a[href='/voices/comments/" + id + "']");
            assertTrue(browser.text().contains("第2章 基本目標"), browser.text());
            browser.assertAccessible();
            browser.click("a[href='/voices/comments/" + id + "/opinion']");
            browser.assertAccessible();
            new Select(browser.find("#category")).selectByValue("RESIDENT");
            browser.type("#submitterName", "森野 緑").type("#submitterAddress", "さくら市緑町2-3");
            browser.click("main form button[type=submit]");
            assertTrue(browser.text().contains("ご意見を入力してください"), browser.text());
            browser.assertAccessible();
            browser.type("#opinionBody", "公園の樹木を守る取り組みを計画に加えてください。");
            browser.click("main form button[type=submit]");
            assertTrue(browser.text().contains("意見を受け付けました") && browser.text().matches("(?s).*PC2037-\\d{5}.*"), browser.text());
            receipt = browser.path();
            browser.assertAccessible();
        }
        assertEquals(1, fx.count("SELECT COUNT(*) FROM voi_pc_opinion WHERE draft_id = ?", id));

        CLOCK.set(LocalDateTime.of(2037, 7, 10, 10, 0));
        try (Browser browser = Browser.open(server.getURL())) {
            browser.go(receipt);
            assertTrue(browser.findAll("main form").isEmpty(), "read-only after the period");
            browser.assertAccessible();
        }
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(planner.account().email(), planner.account().password());
            browser.go("/admin/voices/comments/" + id).assertAccessible();
            browser.go("/admin/voices/comments/" + id + "/opinions");
            assertTrue(browser.text().contains("森野 緑"), "the department sees the submitter");
            browser.assertAccessible();
            browser.type("#groupSummary", "公園の樹木の保全についての意見").type("#groupResponse", "緑の保全の施策に樹木の保全を加えます。");
            tick(browser, "#changed", true);
            browser.click("form[action$='/groups'] button[type=submit]");
            browser.click("input[name=opinion]");
            new Select(browser.find("#assignGroup")).selectByIndex(1);
            browser.click("form[action$='/assign'] button[type=submit]");
            browser.assertAccessible();
            browser.type("#resultChanges", "第2章に公園の樹木の保全を加えました。");
            browser.click("form[action$='/result'] button[type=submit]");
            assertEquals("RESULT_PUBLISHED", fx.text("SELECT status FROM voi_pc_draft WHERE id = ?", id), browser.text());
            browser.assertAccessible();
        }
        try (Browser browser = Browser.open(server.getURL())) {
            browser.go("/voices/comments/" + id);
            String text = browser.text();
            assertTrue(text.contains("意見の概要と市の考え方") && text.contains("公園の樹木の保全についての意見")
                    && text.contains("緑の保全の施策に樹木の保全を加えます。") && text.contains("1人") && text.contains("1件"), text);
            assertFalse(text.contains("森野") || text.contains("緑町2-3"), "no name or address is published");
            browser.assertAccessible();
            browser.go("/voices/figures?fy=2037").assertAccessible();
        }
    }

    long question(long surveyId, int position) {
        return fx.count("SELECT q.id FROM voi_qn_question q JOIN voi_qn_form f ON f.id = q.form_id "
                + "WHERE f.owner = 'voi.survey' AND f.owner_ref = ? AND q.position = ?", surveyId, position);
    }

    @Test
    void aQuestionnaireIsBuiltAnsweredAndItsResultsRead() {
        CLOCK.set(LocalDateTime.of(2038, 6, 1, 9, 0));
        VoicesFixture.Staff planner = fx.staff("市民協働課", false, false);
        String title = VoicesFixture.unique("市民意識調査 ");
        long id;
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(planner.account().email(), planner.account().password());
            browser.go("/admin/voices/surveys").assertAccessible();
            browser.go("/admin/voices/surveys/new").assertAccessible();
            browser.type("#surveyTitle", title).type("#surveyIntro", "地域の活動への参加をうかがいます。");
            new Select(browser.find("#departmentId")).selectByValue(Long.toString(planner.departmentId()));
            setValue(browser, "opensOn", "2038-06-01");
            setValue(browser, "closesOn", "2038-06-30");
            new Select(browser.find("#respondents")).selectByValue("OPEN");
            tick(browser, "#attributes", true);
            browser.type("#areas", "北部地区\n南部地区");
            browser.click("main form button[type=submit]");
            assertTrue(browser.path().matches("/admin/voices/surveys/\\d+"), browser.path() + " " + browser.text());
            id = Long.parseLong(browser.path().replaceAll("\\D", ""));
            browser.assertAccessible();
            browser.type("#questionText", "この1年間に地域の活動に参加しましたか。").click("#kind_SINGLE");
            browser.type("#choices", "参加した\n参加していない");
            browser.click("form[action$='/questions'] button[type=submit]");
            browser.type("#questionText", "いまの暮らしにどの程度満足していますか。").click("#kind_SCALE");
            browser.click("form[action$='/questions'] button[type=submit]");
            assertTrue(browser.text().contains("いまの暮らしにどの程度満足していますか。"), browser.text());
            browser.assertAccessible();
            browser.click("form[action$='/open'] button[type=submit]");
            assertEquals("OPEN", fx.text("SELECT status FROM voi_survey WHERE id = ?", id), browser.text());
            browser.assertAccessible();
        }
        long area = question(id, 1);
        long age = question(id, 2);
        long participation = question(id, 3);
        long satisfaction = question(id, 4);

        String[][] people = {{"0", "1", "0", "8"}, {"1", "3", "1", "5"}};
        for (String[] answers : people) {
            try (Browser browser = Browser.open(server.getURL())) {
                browser.go("/voices/surveys").assertAccessible();
                browser.click("a[href='/voices/surveys/" + id + "']");
                browser.assertAccessible();
                browser.click("#q_" + participation + "_" + answers[2]);
                browser.click("main form button[type=submit]");
                assertTrue(browser.text().contains("0から10"), browser.text());
                browser.assertAccessible();
                browser.click("#q_" + area + "_" + answers[0]).click("#q_" + age + "_" + answers[1]);
                browser.click("#q_" + satisfaction + "_" + answers[3]);
                browser.click("main form button[type=submit]");
                assertTrue(browser.text().contains("ご回答ありがとうございました"), browser.text());
                browser.assertAccessible();
                browser.go("/voices/surveys/" + id);
                assertTrue(browser.text().contains("すでに回答いただいています"), "one answer per person");
            }
        }
        assertEquals(2, fx.count("SELECT COUNT(*) FROM voi_qn_sheet s JOIN voi_qn_form f ON f.id = s.form_id "
                + "WHERE f.owner = 'voi.survey' AND f.owner_ref = ? AND s.status = 'SUBMITTED'", id));

        CLOCK.set(LocalDateTime.of(2038, 7, 1, 9, 0));
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(planner.account().email(), planner.account().password());
            browser.go("/admin/voices/surveys/" + id).assertAccessible();
            browser.click("a[href='/admin/voices/surveys/" + id + "/results']");
            String text = browser.text();
            assertTrue(text.contains("回答者 2人") && text.contains("50.0%") && text.contains("平均 6.5点"), text);
            assertEquals(4, browser.findAll("svg[role=img]").size(), "a chart per question (area, age, participation, scale)");
            browser.assertAccessible();
            browser.click("a[href='/admin/voices/surveys/" + id + "/results?by=" + area + "']");
            assertTrue(browser.text().contains("クロス集計") && browser.text().contains("南部地区"), browser.text());
            browser.assertAccessible();
            browser.go("/admin/voices/surveys/" + id);
            browser.click("form[action$='/results/show'] button[type=submit]");
            browser.assertAccessible();
        }
        try (Browser browser = Browser.open(server.getURL())) {
            browser.go("/voices/surveys/" + id + "/results");
            assertTrue(browser.text().contains("回答者 2人"), browser.text());
            browser.assertAccessible();
            browser.go("/voices/surveys/" + id + "/results?by=" + age).assertAccessible();
        }
    }

    @Test
    void everyPageOfTheOpinionsAndTheCouncilsPassesAxe() {
        CLOCK.set(LocalDateTime.of(2039, 5, 10, 10, 0));
        VoicesFixture.Staff coordinator = fx.staff("秘書広報課", true, true);
        String title = VoicesFixture.unique("駅前広場の照明について");
        try (Browser browser = Browser.open(server.getURL())) {
            browser.go("/voices/letters").assertAccessible();
            browser.go("/voices/letters/new").assertAccessible();
            new Select(browser.find("#topic")).selectByIndex(1);
            browser.type("#letterTitle", title);
            browser.click("main form button[type=submit]");
            assertTrue(browser.text().contains("ご意見を入力してください"), browser.text());
            browser.assertAccessible();
            browser.type("#letterBody", "夜の駅前広場が暗く、歩くのが不安です。").type("#senderName", "照井 明")
                    .type("#senderEmail", VoicesFixture.unique("terui-") + "@example.jp");
            browser.click("main form button[type=submit]");
            assertTrue(browser.text().matches("(?s).*L2039-\\d{5}.*"), browser.text());
            browser.assertAccessible();
            browser.go("/voices/councils").assertAccessible();
            browser.go("/voices/figures").assertAccessible();
        }
        long letter = fx.count("SELECT id FROM voi_letter WHERE title = ?", title);

        WebSession staff = coordinator.session(server.getURL());
        Map<String, String> council = new HashMap<>(Map.of("councilName", VoicesFixture.unique("環境審議会"),
                "departmentId", Long.toString(coordinator.departmentId()), "seats", "12", "citizenSeats", "3"));
        Page created = staff.post("/admin/voices/councils", council);
        assertEquals(303, created.status(), created.text());
        long councilId = Long.parseLong(created.location().replaceAll("^/admin/voices/councils/(\\d+).*$", "$1"));
        Page call = staff.post("/admin/voices/councils/" + councilId + "/recruitments", new HashMap<>(Map.of("recruitSeats", "2",
                "callEligibility", "市内在住の18歳以上の方", "essayTheme", "環境を守るために市民ができること", "essayMax", "800",
                "opensOn", "2039-05-01", "closesOn", "2039-05-31", "termStartsOn", "2039-07-01", "termEndsOn", "2041-06-30")));
        assertEquals(303, call.status(), call.text());
        long callId = Long.parseLong(call.location().replaceAll("^/admin/voices/councils/recruitments/(\\d+).*$", "$1"));

        TestAccount citizen = accounts.create(Role.CITIZEN);
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(citizen.email(), citizen.password());
            browser.go("/voices/councils").assertAccessible();
            browser.go("/voices/councils/recruitments/" + callId).assertAccessible();
            browser.type("#applicantName", "市民 花子").type("#applicantKana", "シミン ハナコ").type("#applicantAddress", "さくら市本町1-1")
                    .type("#applicantPhone", "0476-00-0000");
            new Select(browser.find("#ageBand")).selectByIndex(2);
            browser.click("main form button[type=submit]");
            assertTrue(browser.findAll("#essay-error").size() == 1, browser.text());
            browser.assertAccessible();
            browser.type("#essay", "家庭でできる省エネの工夫を地域に広げたいと考えています。");
            tick(browser, "#eligibleConfirmed", true);
            browser.click("main form button[type=submit]");
            assertTrue(browser.path().startsWith("/voices/councils/receipts/"), browser.path() + " " + browser.text());
            browser.assertAccessible();
        }

        TestAccount admin = accounts.create(Role.ADMIN);
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(admin.email(), admin.password());
            browser.go("/admin/voices/departments").assertAccessible();
        }
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(coordinator.account().email(), coordinator.account().password());
            for (String page : new String[]{"/admin/voices", "/admin/voices/letters", "/admin/voices/letters/" + letter,
                    "/admin/voices/letters/new", "/admin/voices/town-meetings", "/admin/voices/councils",
                    "/admin/voices/councils/" + councilId, "/admin/voices/councils/recruitments/" + callId}) {
                browser.go(page);
                assertFalse(browser.text().contains("エラー") && browser.path().startsWith("/error"), page);
                browser.assertAccessible();
            }
            assertTrue(browser.text().contains("市民 花子"), "the coordinating department reads the application");
        }
    }
}
