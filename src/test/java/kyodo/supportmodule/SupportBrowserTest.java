package kyodo.supportmodule;

import io.micronaut.context.annotation.Property;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: a citizen nominates a person, the committee votes, staff select the nominee, record the
 * ceremony and print the certificate; every page of the support module passes axe-core at 1280 and 360 px.
 */
@MicronautTest(transactional = false)
@Property(name = "kyodo.support.mayor-name", value = "桜井 一郎")
class SupportBrowserTest {

    static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    SupportFixture fixture;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @AfterEach
    void realTime() {
        CLOCK.reset();
    }

    @Test
    void aNominationGoesThroughTheCommitteeAndTheSelectionToThePrintedCertificate() {
        CLOCK.set(LocalDateTime.of(2033, 7, 10, 11, 0));
        TestAccount staffAccount = accounts.create(Role.STAFF);
        TestAccount citizen = accounts.create(Role.CITIZEN);
        TestAccount reviewer = accounts.create(Role.REVIEWER);
        String nominee = "読み聞かせ 花子" + UUID.randomUUID().toString().substring(0, 4);
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(staffAccount.email(), staffAccount.password());
            browser.go("/admin/support/letters").assertAccessible();
            browser.type("#fiscalYear", "2033").type("#opensOn", "07/01/2033").type("#closesOn", "08/31/2033");
            if (!browser.find("#opensOn").getAttribute("value").equals("2033-07-01")) {
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "document.getElementById('opensOn').value='2033-07-01';document.getElementById('closesOn').value='2033-08-31';");
            }
            browser.click("form[action='/admin/support/letters/rounds'] button[type=submit]");
            assertTrue(browser.path().startsWith("/admin/support/letters/rounds/"), browser.text());
            browser.assertAccessible();
        }
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(citizen.email(), citizen.password());
            browser.go("/support").assertAccessible();
            browser.go("/support/letters").assertAccessible();
            browser.click("a[href='/support/letters/nominate']");
            browser.assertAccessible();
            browser.type("#nominatorName", " ").click("main form button[type=submit]");
            assertTrue(browser.text().contains("匿名での推薦は受け付けていません"), browser.text());
            browser.assertAccessible();
            new Select(browser.find("#nomineeKind")).selectByValue("PERSON");
            browser.type("#nomineeName", nominee).type("#yearsActive", "15")
                    .type("#reason", "図書館で15年、子どもたちへの読み聞かせを続けています。").type("#nominatorName", "推薦 太郎");
            browser.click("main form button[type=submit]");
            assertTrue(browser.text().contains("推薦を受け付けました"), browser.text());
            assertTrue(browser.text().contains(nominee));
            browser.assertAccessible();
        }
        CLOCK.set(LocalDateTime.of(2033, 9, 5, 10, 0));
        long round = fixture.count("SELECT id FROM sup_letter_round WHERE fiscal_year = 2033");
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(reviewer.email(), reviewer.password());
            browser.go("/review/letters").assertAccessible();
            browser.go("/review/letters/" + round).assertAccessible();
            long nomination = fixture.count("SELECT id FROM sup_nomination WHERE round_id = ?", round);
            new Select(browser.find("#vote-" + nomination)).selectByValue("RECOMMEND");
            browser.type("#comment-" + nomination, "長年の活動に感謝します").click("#n" + nomination + " form button[type=submit]");
            assertTrue(browser.text().contains("推薦する 1"), browser.text());
            browser.assertAccessible();
        }
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(staffAccount.email(), staffAccount.password());
            browser.go("/admin/support/letters/rounds/" + round).assertAccessible();
            long nomination = fixture.count("SELECT id FROM sup_nomination WHERE round_id = ?", round);
            browser.click("form[action='/admin/support/letters/nominations/" + nomination + "/select'] button");
            assertTrue(browser.text().contains("贈呈の決定を記録しました"), browser.text());
            browser.click("form[action='/admin/support/letters/nominations/" + nomination + "/consent'] button");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('ceremonyOn').value='2034-03-22';");
            browser.type("#ceremonyPlace", "市民活動フェスタ会場").click("form[action$='/ceremony'] button[type=submit]");
            assertTrue(browser.text().contains("贈呈式を記録しました"), browser.text());
            browser.assertAccessible();
            browser.click("a[href='/admin/support/letters/nominations/" + nomination + "/certificate']");
            String certificate = browser.find(".sup-certificate").getText();
            assertTrue(certificate.contains(nominee + " 様") && certificate.contains("令和16年3月22日") && certificate.contains("桜井 一郎")
                    && certificate.contains("令和15年度 第1号"), certificate);
            assertEquals(1, browser.findAll("button[data-print]").size());
            browser.assertAccessible().screenshot("support-certificate");
            browser.go("/admin/support/letters").assertAccessible();
        }
        assertTrue(WebSession.at(server.getURL()).get("/support/letters").text().contains(nominee), "published with consent");
    }

    @Test
    void everyPageOfTheInsuranceTheDonationsAndTheFestaPassesAxe() {
        CLOCK.set(LocalDateTime.of(2034, 5, 20, 10, 0));
        TestAccount staffAccount = accounts.create(Role.STAFF);
        WebSession staff = accounts.logIn(server.getURL(), staffAccount);
        SupportFixture.Group group = fixture.group("見守りの会");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            staff.post("/admin/support/donations/shops", Map.of("shopName", "喫茶" + tag + i, "area", "日吉台", "shopKind", i == 0 ? "MENU" : "BOX"));
        }
        String campaign = staff.post("/admin/support/donations/campaigns", Map.of("fiscalYear", "2034", "number", "1", "startsOn", "2034-08-01",
                "endsOn", "2034-09-30", "fundsFiscalYear", "2035")).location();
        long shop = fixture.count("SELECT id FROM sup_shop WHERE name = ?", "喫茶" + tag + "0");
        staff.post(campaign + "/amounts", Map.of("shopId", Long.toString(shop), "amount", "1200"));
        String festa = staff.post("/admin/support/festa", Map.of("fiscalYear", "2034", "title", "市民活動フェスタ2034", "summary", "展示と交流会",
                "published", "true")).location();
        staff.post(festa + "/periods", Map.of("periodName", "第1区分", "startsOn", "2034-12-11", "endsOn", "2035-02-01"));
        staff.post(festa + "/exhibits", Map.of("groupId", Long.toString(group.id()), "exhibitText", "見守り活動の紹介",
                "videoUrl", "https://video.example.jp/watch?v=1"));
        staff.post(festa + "/posts", Map.of("postKind", "OFFER", "postGroup", group.name(), "postText", "のぼり旗を貸し出します"));

        try (Browser browser = Browser.open(server.getURL())) {
            for (String page : new String[]{"/support/insurance", "/support/chiikifu", "/support/festa", "/support/festa/2034"}) {
                browser.go(page).assertAccessible();
            }
        }
        String claim;
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(group.representative().email(), group.representative().password());
            browser.go("/support/insurance").assertAccessible();
            browser.click("a[href='/support/insurance/claims/new']");
            browser.assertAccessible();
            browser.click("main form button[type=submit]");
            assertTrue(browser.text().contains("入力してください"));
            browser.assertAccessible();
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('accidentOn').value='2034-05-18';");
            new Select(browser.find("#claimKind")).selectByValue("INJURY");
            browser.type("#place", "中央公園").type("#activity", "見守り活動").type("#partyName", "会員 一郎")
                    .type("#healthDetails", "足首のねんざ").type("#description", "段差でつまずいた").click("main form button[type=submit]");
            assertTrue(browser.text().contains("事故の報告を受け付けました"), browser.text());
            claim = browser.path();
            browser.assertAccessible();
            browser.go("/support/insurance/claims").assertAccessible();
        }
        long claimId = Long.parseLong(claim.replaceAll("\\D+", ""));
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(staffAccount.email(), staffAccount.password());
            for (String page : new String[]{"/admin/support/insurance", "/admin/support/insurance/" + claimId, "/admin/support/donations",
                    campaign, "/admin/support/festa", festa}) {
                browser.go(page).assertAccessible();
            }
            assertTrue(browser.go("/admin/support/insurance/" + claimId).text().contains("足首のねんざ"));
            browser.go("/admin/support/donations/campaigns/" + campaign.replaceAll("\\D+", "")).type("#amount", "-1")
                    .click("main form button[type=submit]");
            assertTrue(browser.text().contains("マイナスの金額は入力できません"));
            browser.assertAccessible();
        }
    }
}
