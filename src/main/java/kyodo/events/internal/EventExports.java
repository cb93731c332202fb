package kyodo.events.internal;

import kyodo.core.CityClock;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.CsvFiles;
import kyodo.core.KyodoSettings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** CSV exports (registrations, reports, open data) and iCalendar. */
@Singleton
public class EventExports {

    public record Csv(String fileName, byte[] bytes) {
    }

    static final List<String> OPEN_DATA_HEADER = List.of("都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名",
            "イベント名", "イベント名_カナ", "イベント名_英語", "開始日", "終了日", "開始時間", "終了時間", "開始日時特記事項", "説明",
            "料金（基本）", "料金（詳細）", "連絡先名称", "連絡先電話番号", "連絡先内線番号", "主催者", "場所名称", "住所", "方書",
            "緯度", "経度", "アクセス方法", "駐車場情報", "定員", "参加申込終了日", "参加申込終了時間", "参加申込方法", "URL", "備考");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter ICS_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final EventService events;
    private final RegistrationRepository registrations;
    private final SessionRepository sessions;
    private final AccountsApi accounts;
    private final AuditLog audit;
    private final OpenDataSettings openData;
    private final KyodoSettings settings;
    private final CityClock clock;

    EventExports(EventService events, RegistrationRepository registrations, SessionRepository sessions,
                 AccountsApi accounts, AuditLog audit, OpenDataSettings openData, KyodoSettings settings, CityClock clock) {
        this.events = events;
        this.registrations = registrations;
        this.sessions = sessions;
        this.accounts = accounts;
        this.audit = audit;
        this.openData = openData;
        this.settings = settings;
        this.clock = clock;
    }

    /** Confirmed, waitlisted and cancelled registrations with attendance per session; the export is logged. */
    @Transactional
    public Csv registrations(long eventId, long actorId, CsvFiles.Encoding encoding) {
        EventDetails d = events.details(eventId, true);
        List<Registration> all = registrations.findAllOfEvent(eventId);
        Set<Long> ids = all.stream().map(Registration::accountId).collect(Collectors.toSet());
        Map<Long, AccountSummary> people = ids.isEmpty() ? Map.of() : accounts.findAll(ids).stream()
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        Set<String> present = new HashSet<>();
        sessions.findMarksOfEvent(eventId).stream().filter(AttendanceMark::attended)
                .forEach(m -> present.add(m.sessionId() + ":" + m.accountId()));
        List<String> header = new ArrayList<>(List.of("状態", "順番", "氏名", "フリガナ", "メールアドレス", "地区", "同伴者数",
                "申込日時", "回答"));
        d.sessions().forEach(s -> header.add("第" + s.seq() + "回 " + DAY.format(s.day())));
        List<List<?>> rows = new ArrayList<>();
        int waitNo = 0;
        for (Registration r : all) {
            AccountSummary p = people.get(r.accountId());
            List<Object> row = new ArrayList<>();
            row.add(r.confirmed() ? "参加確定" : r.waitlisted() ? "キャンセル待ち" : "取消");
            row.add(r.waitlisted() ? Integer.toString(++waitNo) : "");
            row.add(p == null ? "" : p.displayName());
            row.add(p == null ? "" : p.nameKana());
            row.add(p == null ? "" : p.email());
            row.add(p == null || p.area() == null ? "" : p.area());
            row.add(r.companions());
            row.add(r.createdAt().withNano(0).toString().replace('T', ' '));
            row.add(r.answers() == null ? "" : r.answers().strip().replace("\n", " / "));
            for (EventSession s : d.sessions()) {
                row.add(r.confirmed() ? (present.contains(s.id() + ":" + r.accountId()) ? "出席" : "") : "");
            }
            rows.add(row);
        }
        audit.record(actorId, AuditLog.PERSONAL_DATA_EXPORTED, "evt.audit.target.event", Long.toString(eventId), all.size() + " rows");
        return new Csv("申込者_" + d.event().title() + ".csv", CsvFiles.write(header, rows, encoding));
    }

    public byte[] report(ReportService.YearReport report, CsvFiles.Encoding encoding) {
        List<String> header = List.of("開催日", "講座・イベント名", "種類", "状態", "回数", "定員", "申込数", "キャンセル待ち",
                "キャンセル", "参加者数", "延べ人数", "欠席");
        List<List<?>> rows = new ArrayList<>();
        for (ReportRow r : report.rows()) {
            rows.add(List.of(r.firstDate() == null ? "" : DAY.format(r.firstDate()), r.title(), categoryJa(r.category()),
                    statusJa(r.status()), r.sessions(), r.capacity(), r.registrations(), r.waitlisted(), r.cancellations(),
                    r.participants(), r.attendances(), r.noShows()));
        }
        rows.add(List.of("合計", report.year().label() + "（実人数 " + report.uniqueParticipants() + "名）", "", "", "", "",
                report.registrations(), "", report.cancellations(), report.participants(), report.attendances(),
                report.noShows()));
        return CsvFiles.write(header, rows, encoding);
    }

    /** 自治体標準オープンデータセット「イベント一覧」: events of the last 90 days and all upcoming ones. */
    @Transactional
    public byte[] openData() {
        List<List<?>> rows = new ArrayList<>();
        int no = 0;
        for (EventDetails d : events.visibleSince(clock.today().minusDays(90))) {
            Event e = d.event();
            if (d.sessions().isEmpty()) {
                continue;
            }
            EventSession first = d.sessions().get(0);
            EventSession last = d.sessions().get(d.sessions().size() - 1);
            String special = d.sessions().size() > 1 ? d.sessions().stream()
                    .map(s -> DAY.format(s.day()) + " " + HM.format(s.startTime()) + "-" + HM.format(s.endTime()))
                    .collect(Collectors.joining("、", "全" + d.sessions().size() + "回: ", "")) : "";
            if ("CANCELLED".equals(e.status())) {
                special = "中止" + (special.isEmpty() ? "" : "（" + special + "）");
            } else if ("POSTPONED".equals(e.status())) {
                special = "延期" + (special.isEmpty() ? "" : "（" + special + "）");
            }
            String place = e.inPerson() ? e.venueName() + (e.online() ? "（オンライン併用）" : "") : "オンライン";
            rows.add(List.of(openData.getCityCode(), ++no, openData.getPrefecture(), city(), e.title(),
                    n(e.titleKana()), "", DAY.format(first.day()), DAY.format(last.day()), HM.format(first.startTime()),
                    HM.format(first.endTime()), special, n(e.description()).replace("\r", ""),
                    e.free() ? "無料" : e.fee() + "円", n(e.feeNote()), n(e.contact()), n(e.contactPhone()), "",
                    n(e.organizer()), place, n(e.venueAddress()), "", "", "", n(e.venueAccess()), n(e.venueParking()),
                    e.capacity(), DAY.format(e.registrationClosesAt().toLocalDate()),
                    HM.format(e.registrationClosesAt()), "ポータルサイトから申込み（要ログイン）",
                    settings.getBaseUrl() + "/events/" + e.id(), n(e.accessibility())));
        }
        return CsvFiles.write(OPEN_DATA_HEADER, rows, CsvFiles.Encoding.UTF8_BOM);
    }

    private String city() {
        return openData.getCity().isBlank() ? settings.getCityName() : openData.getCity();
    }

    /** One event (one VEVENT per session) as RFC 5545 text. */
    @Transactional
    public String ics(long eventId) {
        EventDetails d = events.details(eventId, false);
        return calendar(List.of(d));
    }

    /** The public feed: upcoming events. */
    @Transactional
    public String icsFeed() {
        return calendar(events.visibleSince(clock.today().minusDays(30)));
    }

    private String calendar(List<EventDetails> list) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//kyodo//events//JA");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + escape(settings.getCityName() + " 講座・イベント"));
        String stamp = ICS_UTC.format(ZonedDateTime.now(java.time.ZoneOffset.UTC));
        String host = settings.getBaseUrl().replaceFirst("^https?://", "").replaceAll("[/:].*$", "");
        for (EventDetails d : list) {
            Event e = d.event();
            for (EventSession s : d.sessions()) {
                line(out, "BEGIN:VEVENT");
                line(out, "UID:event-" + e.id() + "-session-" + s.id() + "@" + host);
                line(out, "DTSTAMP:" + stamp);
                line(out, "DTSTART:" + utc(s.start()));
                line(out, "DTEND:" + utc(s.end()));
                String prefix = "CANCELLED".equals(e.status()) ? "【中止】" : "POSTPONED".equals(e.status()) ? "【延期】" : "";
                line(out, "SUMMARY:" + escape(prefix + e.title() + (d.sessions().size() > 1 ? "（第" + s.seq() + "回）" : "")));
                if (e.inPerson()) {
                    line(out, "LOCATION:" + escape(e.venueName() + (e.venueAddress() == null ? "" : " " + e.venueAddress())));
                }
                if (e.description() != null) {
                    line(out, "DESCRIPTION:" + escape(e.description()));
                }
                line(out, "URL:" + settings.getBaseUrl() + "/events/" + e.id());
                line(out, "STATUS:" + ("CANCELLED".equals(e.status()) ? "CANCELLED" : "POSTPONED".equals(e.status()) ? "TENTATIVE" : "CONFIRMED"));
                line(out, "END:VEVENT");
            }
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String utc(LocalDateTime local) {
        return ICS_UTC.format(local.atZone(TOKYO).withZoneSameInstant(java.time.ZoneOffset.UTC));
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
    static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        int limit = 75;
        int octets = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(current).append("\r\n ");
                current.setLength(0);
                octets = 0;
                limit = 74; // the leading space of a continuation line counts
            }
            current.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(current).append("\r\n");
    }

    private static String n(String value) {
        return value == null ? "" : value;
    }

    private static String categoryJa(String category) {
        return switch (category) {
            case "KOZA" -> "講座";
            case "JUKU" -> "塾・連続講座";
            case "MINI_SEMINAR" -> "ミニセミナー";
            case "WORKSHOP" -> "ワークショップ";
            case "KORYUKAI" -> "交流会";
            case "FORUM" -> "フォーラム";
            case "FESTA" -> "フェスタ";
            default -> "その他";
        };
    }

    private static String statusJa(String status) {
        return switch (status) {
            case "PUBLISHED" -> "公開";
            case "POSTPONED" -> "延期";
            case "CANCELLED" -> "中止";
            default -> "下書き";
        };
    }
}
