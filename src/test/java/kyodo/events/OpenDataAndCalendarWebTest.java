package kyodo.events;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CsvFiles;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The open-data CSV (自治体標準オープンデータセット イベント一覧) and the iCalendar files. */
@MicronautTest(transactional = false)
class OpenDataAndCalendarWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;

    @Test
    void openDataCsvHasTheStandardColumnsAndTheEvent() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        String title = EventFixtures.unique("市民活動フェスタ, 2026");
        Map<String, String> form = EventFixtures.form(title, 300);
        form.put("eventCategory", "FESTA");
        form.put("eventFee", "500");
        long id = EventFixtures.createPublished(staff, form);
        String draft = EventFixtures.unique("下書きの講座");
        EventFixtures.create(staff, EventFixtures.form(draft, 5));

        Page csv = WebSession.at(server.getURL()).get("/opendata/events.csv");
        assertEquals(200, csv.status());
        assertEquals((byte) 0xEF, csv.bytes()[0]);
        List<CSVRecord> records = CsvFiles.parse(csv.bytes());
        assertEquals(32, records.get(0).size());
        String header = new String(csv.bytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertTrue(header.contains("都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,イベント名,イベント名_カナ"), header);
        CSVRecord row = records.stream().filter(r -> r.get("イベント名").equals(title)).findFirst().orElseThrow();
        LocalDate day = LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(30);
        assertEquals(day.toString(), row.get("開始日"));
        assertEquals("10:00", row.get("開始時間"));
        assertEquals("12:00", row.get("終了時間"));
        assertEquals("500円", row.get("料金（基本）"));
        assertEquals("300", row.get("定員"));
        assertEquals("市民活動サポートセンター 会議室", row.get("場所名称"));
        assertTrue(row.get("URL").endsWith("/events/" + id));
        assertTrue(records.stream().noneMatch(r -> r.get("イベント名").equals(draft)));
    }

    @Test
    void icsFileIsRfc5545WithEscapingAndFolding() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        String title = EventFixtures.unique("オンライン会議入門講座; Zoomの使い方, 基礎からていねいに学ぶ長いタイトル");
        long id = EventFixtures.createPublished(staff, title, 20);
        Page ics = WebSession.at(server.getURL()).get("/events/" + id + ".ics");
        assertEquals(200, ics.status());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String text = ics.body();
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(text.contains("\r\nEND:VCALENDAR\r\n"));
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        // A strict reader gets the title back as typed, with its ; and , unescaped.
        biweekly.ICalendar parsed = biweekly.Biweekly.parse(text).first();
        assertEquals(title, parsed.getEvents().get(0).getSummary().getValue());
        String unfolded = text.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + title.replace(";", "\\;").replace(",", "\\,")), unfolded);
        LocalDate day = LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(30);
        // 10:00 in Tokyo is 01:00 UTC.
        assertTrue(unfolded.contains("DTSTART:" + day.toString().replace("-", "") + "T010000Z"));

        Page feed = WebSession.at(server.getURL()).get("/events.ics");
        assertEquals(200, feed.status());
        assertTrue(feed.body().replace("\r\n ", "").contains("UID:event-" + id + "-session-"));
    }
}
