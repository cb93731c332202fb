package kyodo.events;

import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Events made through the staff pages, as staff would make them. */
public final class EventFixtures {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private EventFixtures() {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid form: a seminar in 30 days at the center, registration open since yesterday. */
    public static Map<String, String> form(String title, int capacity) {
        LocalDate day = LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(30);
        Map<String, String> f = new HashMap<>();
        f.put("eventTitle", title);
        f.put("eventTitleKana", "きょうどうのまちづくりこうざ");
        f.put("eventDescription", "市民活動をはじめたい方のための講座です。\n初めての方も歓迎します。");
        f.put("eventCategory", "KOZA");
        f.put("eventOrganizer", "市民活動推進課");
        f.put("eventLecturer", "千葉大学 清水洋行氏");
        f.put("eventAudience", "市内在住・在勤の方");
        f.put("eventFee", "0");
        f.put("eventFeeNote", "");
        f.put("eventContact", "市民活動サポートセンター");
        f.put("eventPhone", "0476-93-1111");
        f.put("eventAccessibility", "車いすで入場できます");
        f.put("eventVenueName", "市民活動サポートセンター 会議室");
        f.put("eventVenueAddress", "さくら市中央1-1");
        f.put("eventVenueAccess", "駅から徒歩5分");
        f.put("eventParking", "あり（10台）");
        f.put("eventOnline", "");
        f.put("eventOnlineUrl", "");
        f.put("eventCapacity", Integer.toString(capacity));
        f.put("eventOpensAt", LOCAL.format(LocalDateTime.now(kyodo.core.CityClock.JAPAN).minusDays(1)));
        f.put("eventClosesAt", LOCAL.format(day.minusDays(1).atTime(17, 0)));
        f.put("eventMaxCompanions", "0");
        f.put("eventQuestions", "");
        f.put("eventCompletionMin", "");
        f.put("eventSessions", day + " 10:00-12:00");
        return f;
    }

    /** Creates (as a draft) and returns the event id. */
    static long create(WebSession staff, Map<String, String> form) {
        Page created = staff.post("/admin/events", form);
        assertEquals(303, created.status(), created.text());
        String location = created.location();
        return Long.parseLong(location.replaceAll("^/admin/events/(\\d+).*$", "$1"));
    }

    public static long createPublished(WebSession staff, Map<String, String> form) {
        long id = create(staff, form);
        Page published = staff.post("/admin/events/" + id + "/publish", Map.of());
        assertEquals(303, published.status(), published.text());
        return id;
    }

    public static long createPublished(WebSession staff, String title, int capacity) {
        return createPublished(staff, form(title, capacity));
    }
}
