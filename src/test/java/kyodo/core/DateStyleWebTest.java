package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 日付の表記: western (the default) or era, a footer link that sets a cookie for a year, as the text size does;
 * the pages' dates follow it, official documents (the printable volunteer booklet) always write the era,
 * English pages keep English dates.
 */
@MicronautTest(transactional = false)
class DateStyleWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;

    @Test
    void theCookieSwitchesThePagesDatesAndOfficialDocumentsStayInTheEra() {
        WebSession session = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Document western = session.get("/points").html();
        assertTrue(western.selectFirst("#summary-heading").text().matches("^\\d{4}年度（令和.*"), western.selectFirst("#summary-heading").text());
        var styles = western.select("footer nav.display-switch a[href^=/display?dates=]");
        assertEquals(2, styles.size());
        assertEquals("西暦", styles.get(0).text());
        assertEquals("true", styles.get(0).attr("aria-current"));
        assertTrue(session.get("/points/booklet").html().select("main").text().contains("令和"));
        String booklet = session.get("/points/booklet").html().select("main").text();

        WebSession.Page redirect = session.get("/display?dates=era&back=/points");
        assertEquals("/points", redirect.location());
        String cookie = redirect.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kyodo-dates=")).findFirst().orElseThrow();
        assertTrue(cookie.startsWith("kyodo-dates=era") && cookie.contains("Max-Age=31536000") && cookie.contains("SameSite=Lax"), cookie);
        Document era = session.get("/points").html();
        assertTrue(era.selectFirst("#summary-heading").text().matches("^令和.+年度（\\d{4}年度）.*"), era.selectFirst("#summary-heading").text());
        assertEquals("true", era.selectFirst("footer a[href^=/display?dates=era]").attr("aria-current"));
        assertEquals(booklet, session.get("/points/booklet").html().select("main").text(), "the booklet is the same in both styles");

        session.get("/display?dates=western&back=/");
        assertTrue(session.get("/points").html().selectFirst("#summary-heading").text().matches("^\\d{4}年度.*"));
    }

    @Test
    void englishPagesKeepEnglishDatesAndOfferNoJapaneseStyle() {
        WebSession session = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        session.get("/display?dates=era&back=/");
        session.get("/lang?to=en&back=/");
        Document page = session.get("/points").html();
        assertTrue(page.selectFirst("#summary-heading").text().contains("FY"), page.selectFirst("#summary-heading").text());
        assertNull(page.selectFirst("footer a[href^=/display?dates=]"));
    }

    @Test
    void anUnknownStyleIsIgnored() {
        WebSession session = WebSession.at(server.getURL());
        WebSession.Page odd = session.get("/display?dates=meiji&back=/");
        assertTrue(odd.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("kyodo-dates")));
        session.setCookie("kyodo-dates", "<b>");
        assertEquals("true", session.get("/").html().selectFirst("footer a[href^=/display?dates=western]").attr("aria-current"));
    }

    @Test
    void theCalendarsMonthFollowsTheStyle() {
        WebSession session = WebSession.at(server.getURL());
        assertEquals("2026年12月の講座・イベント", session.get("/events/calendar?month=2026-12").html().selectFirst("main h1").text());
        session.get("/display?dates=era&back=/");
        Document era = session.get("/events/calendar?month=2026-12").html();
        assertEquals("令和8年12月の講座・イベント", era.selectFirst("main h1").text());
        assertEquals("令和8年12月", era.selectFirst("main table caption").text());
        assertTrue(session.get("/events").html().select("main select option").eachText().stream()
                .anyMatch(t -> t.startsWith("令和")), "the month filter of the list");
    }
}
