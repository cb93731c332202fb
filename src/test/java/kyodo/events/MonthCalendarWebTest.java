package kyodo.events;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The month calendar: a table of weeks from Sunday, today marked, events linked, a list for phones, bad months refused. */
@MicronautTest(transactional = false)
class MonthCalendarWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;

    /** A published event on the 5th and the 19th of the month after next (its registration closes before). */
    static long eventInMonth(WebSession staff, YearMonth month, String title) {
        Map<String, String> form = EventFixtures.form(title, 20);
        LocalDate first = month.atDay(5);
        form.put("eventSessions", first + " 10:00-12:00\n" + month.atDay(19) + " 13:30-15:00");
        form.put("eventClosesAt", EventFixtures.LOCAL.format(first.minusDays(1).atTime(17, 0)));
        return EventFixtures.createPublished(staff, form);
    }

    @Test
    void aMonthIsATableOfWeeksWithTheEventsLinkedOnTheirDays() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        YearMonth month = YearMonth.now(CityClock.JAPAN).plusMonths(2);
        String title = EventFixtures.unique("カレンダー講座");
        long id = eventInMonth(staff, month, title);
        long draft = EventFixtures.create(staff, EventFixtures.form(EventFixtures.unique("下書き講座"), 5));

        Page page = WebSession.at(server.getURL()).get("/events/calendar?month=" + month);
        assertEquals(200, page.status(), page.text());
        Document html = page.html();
        assertEquals(month.getYear() + "年" + month.getMonthValue() + "月の講座・イベント", html.selectFirst("h1").text());
        Element table = html.selectFirst("table.cal");
        assertNotNull(table);
        assertEquals(month.getYear() + "年" + month.getMonthValue() + "月", table.selectFirst("caption").text());
        // Seven weekday headings, Sunday first, each with its full name for screen readers.
        List<String> heads = table.select("thead th[scope=col] span[aria-hidden=true]").eachText();
        assertEquals(List.of("日", "月", "火", "水", "木", "金", "土"), heads);
        assertEquals("日曜日", table.selectFirst("thead th[scope=col] .visually-hidden").text());
        assertEquals("土曜日", table.select("thead th[scope=col] .visually-hidden").get(6).text());
        // The 5th is in the column of its weekday, with the event's time and a link to it.
        Element fifth = dayCell(html, 5);
        assertNotNull(fifth);
        int column = fifth.elementSiblingIndex();
        assertEquals(month.atDay(5).getDayOfWeek().getValue() % 7, column);
        Element link = fifth.selectFirst("a[href='/events/" + id + "']");
        assertNotNull(link, fifth.outerHtml());
        assertEquals("10:00 " + title, link.text());
        assertNotNull(dayCell(html, 19).selectFirst("a[href='/events/" + id + "']"));
        assertNull(html.selectFirst("a[href='/events/" + draft + "']"), "a draft is not on the calendar");
        // Not this month: nothing is marked as today, and there is a way back to this month.
        assertNull(table.selectFirst("[aria-current]"));
        assertNotNull(html.selectFirst(".cal-nav a[href='/events/calendar']"));
        // Previous and next month.
        assertEquals("/events/calendar?month=" + month.minusMonths(1), html.selectFirst(".cal-nav a[rel=prev]").attr("href"));
        assertEquals("/events/calendar?month=" + month.plusMonths(1), html.selectFirst(".cal-nav a[rel=next]").attr("href"));
        // The list for phones has the same events by day.
        Element list = html.selectFirst(".cal-list");
        assertEquals(2, list.select("a[href='/events/" + id + "']").size());
        assertTrue(list.text().contains("10:00～12:00 " + title));
    }

    @Test
    void thisMonthMarksTodayAndIsReachedFromTheEventList() {
        LocalDate today = LocalDate.now(CityClock.JAPAN);
        WebSession visitor = WebSession.at(server.getURL());
        assertNotNull(visitor.get("/events").html().selectFirst("main a[href='/events/calendar']"));
        Document html = visitor.get("/events/calendar").html();
        Element current = html.selectFirst("table.cal td[aria-current=date]");
        assertNotNull(current);
        assertEquals(Integer.toString(today.getDayOfMonth()), current.selectFirst(".cal__day").text());
        assertTrue(current.text().contains("今日"));
        assertEquals(1, html.select("table.cal [aria-current]").size());
        assertNull(html.selectFirst(".cal-nav a[href='/events/calendar']"), "no link to this month on this month");
        assertNotNull(visitor.get("/events/calendar?month=" + YearMonth.from(today)).html().selectFirst("table.cal td[aria-current=date]"));
    }

    @Test
    void aMonthWithoutEventsSaysSo() {
        Document html = WebSession.at(server.getURL()).get("/events/calendar?month=2099-02").html();
        assertEquals("この月の講座・イベントはありません。", html.selectFirst(".cal-list .empty-state").text());
        // February 2099 begins on a Sunday: four whole weeks, no day of another month.
        assertEquals(28, html.select("table.cal .cal__day").size());
        assertEquals(4, html.select("table.cal tbody tr").size());
        assertTrue(html.select("table.cal td.cal-out").isEmpty());
        // February 2098 begins on a Saturday: the first week is six days of January, left empty.
        Document other = WebSession.at(server.getURL()).get("/events/calendar?month=2098-02").html();
        assertEquals(5, other.select("table.cal tbody tr").size());
        assertEquals(6, other.select("table.cal tbody tr:first-child td.cal-out").size());
        assertEquals("1", other.selectFirst("table.cal tbody tr:first-child td:last-child .cal__day").text());
    }

    @Test
    void aBadMonthIsABadRequestWithAJapaneseMessage() {
        WebSession visitor = WebSession.at(server.getURL());
        for (String bad : List.of("2026-13", "2026-1", "abc", "2026-12-01", "1999-12", "2101-01", "%E4%BB%8A%E6%9C%88",
                "9999999999-01", "2026-00", "x".repeat(3000))) {
            Page page = visitor.get("/events/calendar?month=" + bad);
            assertEquals(400, page.status(), bad);
            assertTrue(page.html().text().contains("月の指定が正しくありません"), bad + ": " + page.html().text());
        }
    }

    private static Element dayCell(Document html, int day) {
        return html.select("table.cal td").stream()
                .filter(td -> td.selectFirst(".cal__day") != null && td.selectFirst(".cal__day").text().equals(Integer.toString(day)))
                .findFirst().orElse(null);
    }
}
