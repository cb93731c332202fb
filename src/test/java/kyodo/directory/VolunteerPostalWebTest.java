package kyodo.directory;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.AuditLog;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The volunteer form for residents on phones: a postal address when 郵送 is chosen (required then,
 * normalised, shown to coordinators only and logged, erased with the registration), the fields of
 * interest in a fieldset, the weekday × period table with labelled boxes.
 */
@MicronautTest(transactional = false)
class VolunteerPostalWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DirectoryTestData data;

    private static Map<String, String> byPost(String postalCode, String address) {
        Map<String, String> form = VolunteerWebTest.volunteerForm("郵送の確認");
        form.put("contactMethod", "POST");
        form.remove("phone");
        if (postalCode != null) {
            form.put("postalCode", postalCode);
        }
        if (address != null) {
            form.put("address", address);
        }
        return form;
    }

    private long volunteerOf(TestAccount person) {
        return data.count("SELECT id FROM dir_volunteer WHERE account_id = ?", person.id());
    }

    @Test
    void postNeedsAPostalCodeAndAnAddressWithTheMessagesByTheFields() {
        TestAccount person = accounts.create(Role.CITIZEN);
        WebSession s = accounts.logIn(server.getURL(), person);
        Page missing = s.post("/volunteer", byPost(null, null));
        assertEquals(422, missing.status(), missing.text());
        Document html = missing.html();
        assertEquals("連絡方法に「郵送」を選んだ場合は郵便番号を入力してください", html.select("#postalCode-error").text());
        assertEquals("連絡方法に「郵送」を選んだ場合は住所を入力してください", html.select("#address-error").text());
        assertEquals("true", html.selectFirst("#postalCode").attr("aria-invalid"));
        assertTrue(html.selectFirst("#postalCode").attr("aria-describedby").contains("postalCode-error"));
        assertTrue(html.select(".error-summary a[href$=postalCode]").text().startsWith("郵便番号"));
        assertEquals("郵送の確認", html.selectFirst("#skills").text(), "what was typed stays");
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_volunteer WHERE account_id = ?", person.id()), "nothing stored");

        // A postal code that is not 7 digits is refused even with an address.
        Page wrong = s.post("/volunteer", byPost("12-34567", "さくら市中央1-2-3"));
        assertEquals(422, wrong.status());
        assertEquals("郵便番号は7桁の数字で入力してください（例: 123-4567）", wrong.html().select("#postalCode-error").text());
        assertEquals("12-34567", wrong.html().selectFirst("#postalCode").val());
        assertEquals("さくら市中央1-2-3", wrong.html().selectFirst("#address").text());

        // E-mail or phone contact asks for no address.
        Map<String, String> byPhone = VolunteerWebTest.volunteerForm("電話の確認");
        assertEquals(303, s.post("/volunteer", byPhone).status());
    }

    @Test
    void postalCodesAreNormalisedFromFullWidthAndWithoutHyphen() {
        Map<String, String> typed = Map.of("〒１２３ー４５６７", "123-4567", "1234567", "123-4567", "１２３－４５６７", "123-4567",
                " 987-6543 ", "987-6543", "〒 100−0001", "100-0001");
        typed.forEach((input, stored) -> {
            TestAccount person = accounts.create(Role.CITIZEN);
            WebSession s = accounts.logIn(server.getURL(), person);
            Page saved = s.post("/volunteer", byPost(input, "  さくら市緑町2丁目3-4  "));
            assertEquals(303, saved.status(), input + ": " + saved.text());
            assertEquals(stored, data.text("SELECT postal_code FROM dir_volunteer WHERE account_id = ?", person.id()), input);
            assertEquals("さくら市緑町2丁目3-4", data.text("SELECT address FROM dir_volunteer WHERE account_id = ?", person.id()));
            Page again = s.get("/volunteer");
            assertEquals(stored, again.html().selectFirst("#postalCode").val());
        });
        for (String bad : List.of("123456", "12345678", "abc-defg", "１２３-４５６")) {
            WebSession s = accounts.logIn(server.getURL(), accounts.create(Role.CITIZEN));
            Page refused = s.post("/volunteer", byPost(bad, "さくら市"));
            assertEquals(422, refused.status(), bad);
            assertTrue(refused.html().select("#postalCode-error").text().contains("7桁"), bad);
        }
    }

    @Test
    void onlyCoordinatorsSeeTheAddressEachViewLoggedAndDeletionErasesIt() {
        TestAccount person = accounts.create(Role.CITIZEN);
        WebSession s = accounts.logIn(server.getURL(), person);
        assertEquals(303, s.post("/volunteer", byPost("123-4567", "さくら市本町1-1 サクラ荘101")).status());
        long id = volunteerOf(person);

        TestAccount coordinator = accounts.create(Role.COORDINATOR);
        WebSession c = accounts.logIn(server.getURL(), coordinator);
        Page detail = c.get("/admin/volunteers/" + id);
        assertEquals(200, detail.status());
        assertTrue(detail.text().contains("〒123-4567"), detail.text());
        assertTrue(detail.text().contains("さくら市本町1-1 サクラ荘101"));
        assertEquals(1, data.audits(AuditLog.PERSONAL_DATA_VIEWED, coordinator.id(), "dir.audit.target.volunteer"));

        // Another citizen, and the list of volunteers, never show it.
        WebSession other = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        assertEquals(403, other.get("/admin/volunteers/" + id).status());
        assertFalse(c.get("/admin/volunteers?q=" + java.net.URLEncoder.encode(person.name(), java.nio.charset.StandardCharsets.UTF_8))
                .text().contains("サクラ荘101"));

        // The person's own data carries it; deleting the registration erases it.
        assertTrue(new String(s.get("/volunteer/my-data.json").bytes(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("123-4567"));
        assertEquals(303, s.post("/volunteer/delete", Map.of("confirmDelete", "on")).status());
        assertNull(data.text("SELECT postal_code FROM dir_volunteer WHERE id = ?", id));
        assertNull(data.text("SELECT address FROM dir_volunteer WHERE id = ?", id));
    }

    @Test
    void theFieldsOfInterestSitInAFieldsetAndTheTimesInACompactLabelledTable() {
        WebSession s = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Document html = s.get("/volunteer").html();
        Element fields = html.selectFirst("fieldset#activityFields");
        assertNotNull(fields);
        assertTrue(fields.selectFirst("legend").text().contains("活動分野"));
        assertEquals(18, fields.select(".dir-check-grid input[type=checkbox][name=activityFields]").size());

        Element table = html.selectFirst("fieldset#availability table.dir-avail");
        assertNotNull(table);
        assertEquals(List.of("月曜", "火曜", "水曜", "木曜", "金曜", "土曜", "日曜"), table.select("tbody th[scope=row]").eachText());
        assertEquals(List.of("午前", "午後", "夜間"), table.select("thead th[scope=col]").eachText().subList(1, 4));
        Element monAm = table.selectFirst("#avail_MON_AM");
        Element label = html.selectFirst("label[for=avail_MON_AM]");
        assertNotNull(monAm);
        assertEquals("月曜 午前", label.text());
        assertEquals(21, table.select("input[type=checkbox][name=availability]").size());

        Element postal = html.selectFirst("fieldset#postal");
        assertNotNull(postal);
        assertEquals("postal-code", postal.selectFirst("#postalCode").attr("autocomplete"));
        assertNotNull(html.selectFirst("label[for=address]"));
    }
}
