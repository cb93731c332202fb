package kyodo.supportmodule;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ちい寄附: partner shops, FY2020's two campaigns (第1回 8–9月 ¥36,246 from 25 shops, 第2回 12–1月 ¥31,561 from
 * 27), the year's ¥67,807 on the public page and in the subsidy ledger of the program it funds; a negative
 * or non-numeric amount writes nothing, the same amount sent four times at once is one row.
 */
@MicronautTest(transactional = false)
class ChiiKifuWebTest {

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

    @org.junit.jupiter.api.BeforeEach
    void onlyThisTestsFiscalYear2020() {
        fixture.clearYear(2020);
    }

    @AfterEach
    void realTime() {
        CLOCK.reset();
    }

    @Test
    void fiscalYear2020RaisedSixtySevenThousandEightHundredAndSevenYenOverTwoCampaigns() throws Exception {
        CLOCK.set(2021, 2, 10);
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<Long> shops = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            String name = "協力店" + tag + "-" + i;
            assertEquals(303, staff.post("/admin/support/donations/shops", Map.of("shopName", name, "area", i % 2 == 0 ? "日吉台" : "七栄",
                    "shopKind", i < 6 ? "MENU" : "BOX")).status());
            shops.add(fixture.count("SELECT id FROM sup_shop WHERE name = ?", name));
        }
        assertEquals(422, staff.post("/admin/support/donations/shops", Map.of("shopName", "協力店" + tag + "-0", "area", "日吉台",
                "shopKind", "BOX")).status(), "a shop once");
        Page first = staff.post("/admin/support/donations/campaigns", Map.of("fiscalYear", "2020", "number", "1",
                "startsOn", "2020-08-01", "endsOn", "2020-09-30", "fundsFiscalYear", "2020"));
        assertEquals(303, first.status(), first.text());
        long c1 = Long.parseLong(first.location().replaceAll("\\D+", ""));
        Page wrongYear = staff.post("/admin/support/donations/campaigns", Map.of("fiscalYear", "2020", "number", "2",
                "startsOn", "2021-12-01", "endsOn", "2022-01-31", "fundsFiscalYear", "2020"));
        assertTrue(wrongYear.html().selectFirst("#startsOn-error").text().contains("2020年度の期間内"));
        Page second = staff.post("/admin/support/donations/campaigns", Map.of("fiscalYear", "2020", "number", "2",
                "startsOn", "2020-12-01", "endsOn", "2021-01-31", "fundsFiscalYear", "2020"));
        long c2 = Long.parseLong(second.location().replaceAll("\\D+", ""));
        for (int i = 0; i < 25; i++) {
            String amount = i < 24 ? "1,450円" : "1446";
            assertEquals(303, staff.post("/admin/support/donations/campaigns/" + c1 + "/amounts",
                    Map.of("shopId", Long.toString(shops.get(i)), "amount", amount)).status());
        }
        for (int i = 0; i < 27; i++) {
            String amount = i < 26 ? "１１７０" : "1141";
            assertEquals(303, staff.post("/admin/support/donations/campaigns/" + c2 + "/amounts",
                    Map.of("shopId", Long.toString(shops.get(i)), "amount", amount)).status());
        }

        // Bad amounts: a Japanese message, nothing written.
        Page negative = staff.post("/admin/support/donations/campaigns/" + c1 + "/amounts",
                Map.of("shopId", Long.toString(shops.get(0)), "amount", "-500"));
        assertEquals(422, negative.status());
        assertTrue(negative.html().selectFirst("#amount-error").text().contains("マイナスの金額は入力できません"));
        Page words = staff.post("/admin/support/donations/campaigns/" + c1 + "/amounts",
                Map.of("shopId", Long.toString(shops.get(0)), "amount", "千円"));
        assertTrue(words.html().selectFirst("#amount-error").text().contains("数字で入力"));
        assertEquals(1450, fixture.count("SELECT amount FROM sup_donation WHERE campaign_id = ? AND shop_id = ?", c1, shops.get(0)));
        // The same amount four times at once is one row (and a correction replaces it).
        List<Integer> statuses = SupportFixture.atOnce(4, () -> staff.post("/admin/support/donations/campaigns/" + c1 + "/amounts",
                Map.of("shopId", Long.toString(shops.get(0)), "amount", "1450")).status());
        assertTrue(statuses.stream().allMatch(s -> s == 303), statuses.toString());
        assertEquals(25, fixture.count("SELECT COUNT(*) FROM sup_donation WHERE campaign_id = ?", c1));

        Page admin = staff.get("/admin/support/donations");
        assertEquals("¥36,246", admin.html().selectFirst("#campaign-totals tr[data-campaign=" + c1 + "] td[data-k=total]").text());
        assertEquals("¥31,561", admin.html().selectFirst("#campaign-totals tr[data-campaign=" + c2 + "] td[data-k=total]").text());
        assertEquals("¥67,807", admin.html().selectFirst("#campaign-totals tr[data-year=2020] td[data-k=yearTotal]").text());
        Page campaign = staff.get("/admin/support/donations/campaigns/" + c1);
        assertTrue(campaign.html().selectFirst("#campaign-total").text().contains("協力店舗 25店舗（寄附メニュー 6・募金箱 19）"),
                campaign.html().selectFirst("#campaign-total").text());
        assertTrue(staff.get("/admin/support/donations/campaigns/" + c2).html().selectFirst("#campaign-total").text()
                .contains("27店舗（寄附メニュー 6・募金箱 21）"));

        Page open = WebSession.at(server.getURL()).get("/support/chiikifu");
        assertEquals(200, open.status());
        String text = open.text();
        assertTrue(text.contains("第1回（令和2年8月1日～令和2年9月30日）協力店舗 25店舗 寄附額 ¥36,246"), text);
        assertTrue(text.contains("第2回（令和2年12月1日～令和3年1月31日）協力店舗 27店舗 寄附額 ¥31,561"));
        assertTrue(text.contains("2020年度（令和2年度）合計 ¥67,807"));
        assertTrue(text.contains("協力店" + tag + "-26") && text.contains("募金箱"));

        // The subsidy ledger of the FY2020 program shows how much of its budget came from ちい寄附.
        long program = fixture.insert("INSERT INTO sub_program (fiscal_year, name, purpose, budget, fund_source, eligible_types, guidelines, "
                + "report_due_days, created_at) VALUES (2020, '令和2年度 市民活動支援補助金', '市民活動の支援', 600000, 'ふるさと応援寄附金', "
                + "'NPO,CIVIC', '要綱', 30, NOW(6))");
        Page ledger = staff.get("/admin/subsidies/programs/" + program + "/ledger");
        assertEquals(200, ledger.status(), ledger.text());
        assertEquals("¥67,807", ledger.html().selectFirst("#ledger-totals td[data-k=chiiKifu]").text());
        assertEquals("¥600,000", ledger.html().selectFirst("#ledger-totals td[data-k=budget]").text());

        assertEquals(403, accounts.loggedIn(server.getURL(), Role.COORDINATOR).get("/admin/support/donations").status());
        Page script = staff.post("/admin/support/donations/shops", Map.of("shopName", "<script>x</script>", "area", "a", "shopKind", "BOX"));
        assertEquals(422, script.status());
        assertTrue(script.html().selectFirst("#shopName-error").text().contains("スクリプト"));
    }
}
