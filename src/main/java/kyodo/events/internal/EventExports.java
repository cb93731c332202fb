package kyodo.events.internal;

import kyodo.core.CityClock;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.CsvFiles;
import kyodo.core.KyodoSettings;
import kyodo.core.MailTexts;
import kyodo.core.OpenDataset;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** CSV exports: registrations, the yearly report, and the open-data event list. */
@Singleton
public class EventExports {

    public record Csv(String fileName, byte[] bytes) {
    }

    /** The columns of 自治体標準オープンデータセット「イベント一覧」, in its order. */
    public static final List<OpenDataset.Column> OPEN_DATA_COLUMNS = List.of(
            column("都道府県コード又は市区町村コード", OpenDataset.Type.CODE, "cityCode"),
            column("NO", OpenDataset.Type.INTEGER, "no"),
            column("都道府県名", OpenDataset.Type.TEXT, "prefecture"),
            column("市区町村名", OpenDataset.Type.TEXT, "city"),
            column("イベント名", OpenDataset.Type.TEXT, "title"),
            column("イベント名_カナ", OpenDataset.Type.TEXT, "titleKana"),
            column("イベント名_英語", OpenDataset.Type.TEXT, "titleEn"),
            column("開始日", OpenDataset.Type.DATE, "startDate"),
            column("終了日", OpenDataset.Type.DATE, "endDate"),
            column("開始時間", OpenDataset.Type.TIME, "startTime"),
            column("終了時間", OpenDataset.Type.TIME, "endTime"),
            column("開始日時特記事項", OpenDataset.Type.TEXT, "dateNote"),
            column("説明", OpenDataset.Type.TEXT, "description"),
            column("料金（基本）", OpenDataset.Type.TEXT, "fee"),
            column("料金（詳細）", OpenDataset.Type.TEXT, "feeNote"),
            column("連絡先名称", OpenDataset.Type.TEXT, "contact"),
            column("連絡先電話番号", OpenDataset.Type.TEXT, "phone"),
            column("連絡先内線番号", OpenDataset.Type.TEXT, "extension"),
            column("主催者", OpenDataset.Type.TEXT, "organizer"),
            column("場所名称", OpenDataset.Type.TEXT, "place"),
            column("住所", OpenDataset.Type.TEXT, "address"),
            column("方書", OpenDataset.Type.TEXT, "addressNote"),
            column("緯度", OpenDataset.Type.DECIMAL, "latitude"),
            column("経度", OpenDataset.Type.DECIMAL, "longitude"),
            column("アクセス方法", OpenDataset.Type.TEXT, "access"),
            column("駐車場情報", OpenDataset.Type.TEXT, "parking"),
            column("定員", OpenDataset.Type.INTEGER, "capacity"),
            column("参加申込終了日", OpenDataset.Type.DATE, "closesDate"),
            column("参加申込終了時間", OpenDataset.Type.TIME, "closesTime"),
            column("参加申込方法", OpenDataset.Type.TEXT, "howToApply"),
            column("URL", OpenDataset.Type.URL, "url"),
            column("備考", OpenDataset.Type.TEXT, "note"));
    static final List<String> OPEN_DATA_HEADER = OPEN_DATA_COLUMNS.stream().map(OpenDataset.Column::name).toList();

    private static OpenDataset.Column column(String name, OpenDataset.Type type, String key) {
        return new OpenDataset.Column(name, type, "evt.opendata.col." + key);
    }
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final EventService events;
    private final RegistrationRepository registrations;
    private final SessionRepository sessions;
    private final AccountsApi accounts;
    private final AuditLog audit;
    private final OpenDataSettings openData;
    private final KyodoSettings settings;
    private final CityClock clock;
    private final MailTexts texts;

    EventExports(EventService events, RegistrationRepository registrations, SessionRepository sessions,
                 AccountsApi accounts, AuditLog audit, OpenDataSettings openData, KyodoSettings settings, CityClock clock,
                 MailTexts texts) {
        this.events = events;
        this.registrations = registrations;
        this.sessions = sessions;
        this.accounts = accounts;
        this.audit = audit;
        this.openData = openData;
        this.settings = settings;
        this.clock = clock;
        this.texts = texts;
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
        List<String> header = new ArrayList<>(List.of(ja("evt.csv.status"), ja("evt.csv.order"), ja("evt.csv.name"),
                ja("evt.csv.kana"), ja("evt.csv.email"), ja("evt.csv.area"), ja("evt.csv.companions"),
                ja("evt.csv.registeredAt"), ja("evt.csv.answers")));
        d.sessions().forEach(s -> header.add(ja("evt.csv.sessionColumn", s.seq(), DAY.format(s.day()))));
        List<List<?>> rows = new ArrayList<>();
        int waitNo = 0;
        for (Registration r : all) {
            AccountSummary p = people.get(r.accountId());
            List<Object> row = new ArrayList<>();
            row.add(ja(r.confirmed() ? "evt.csv.confirmed" : r.waitlisted() ? "evt.csv.waiting" : "evt.csv.cancelled"));
            row.add(r.waitlisted() ? Integer.toString(++waitNo) : "");
            row.add(p == null ? "" : p.displayName());
            row.add(p == null ? "" : p.nameKana());
            row.add(p == null ? "" : p.email());
            row.add(p == null || p.area() == null ? "" : p.area());
            row.add(r.companions());
            row.add(r.createdAt().withNano(0).toString().replace('T', ' '));
            row.add(r.answers() == null ? "" : r.answers().strip().replace("\n", " / "));
            for (EventSession s : d.sessions()) {
                row.add(r.confirmed() && present.contains(s.id() + ":" + r.accountId()) ? ja("evt.csv.present") : "");
            }
            rows.add(row);
        }
        audit.record(actorId, AuditLog.PERSONAL_DATA_EXPORTED, "evt.audit.target.event", Long.toString(eventId), all.size() + " rows");
        return new Csv(ja("evt.csv.registrationsFile", d.event().title()), CsvFiles.write(header, rows, encoding));
    }

    public byte[] report(ReportService.YearReport report, CsvFiles.Encoding encoding) {
        List<String> header = List.of(ja("evt.csv.firstDate"), ja("evt.csv.title"), ja("evt.csv.category"),
                ja("evt.csv.status"), ja("evt.csv.sessions"), ja("evt.csv.capacity"), ja("evt.csv.registrations"),
                ja("evt.csv.waitlisted"), ja("evt.csv.cancellations"), ja("evt.csv.participants"),
                ja("evt.csv.attendances"), ja("evt.csv.noShows"), ja("evt.csv.completers"));
        List<List<?>> rows = new ArrayList<>();
        for (ReportRow r : report.rows()) {
            rows.add(List.of(r.firstDate() == null ? "" : DAY.format(r.firstDate()), r.title(), ja("evt.category." + r.category()),
                    ja("evt.status." + r.status()), r.sessions(), r.capacity(), r.registrations(), r.waitlisted(), r.cancellations(),
                    r.participants(), r.attendances(), r.noShows(), r.completers()));
        }
        rows.add(List.of(ja("evt.csv.total"), ja("evt.csv.totalOfYear", report.year().label(), report.uniqueParticipants()), "", "", "", "",
                report.registrations(), "", report.cancellations(), report.participants(), report.attendances(),
                report.noShows(), report.completers()));
        return CsvFiles.write(header, rows, encoding);
    }

    public String reportFileName(kyodo.core.FiscalYear year) {
        return ja("evt.csv.reportFile", year.label());
    }

    /** 自治体標準オープンデータセット「イベント一覧」: events of the last 90 days and all upcoming ones. */
    /** The rows of the open-data event list and the last change of the events in it. */
    @Transactional
    public OpenDataset.Table openDataTable() {
        List<List<?>> rows = new ArrayList<>();
        List<java.time.LocalDateTime> changes = new ArrayList<>();
        int no = 0;
        for (EventDetails d : events.visibleSince(clock.today().minusDays(90))) {
            Event e = d.event();
            if (d.sessions().isEmpty()) {
                continue;
            }
            changes.add(e.updatedAt());
            EventSession first = d.sessions().get(0);
            EventSession last = d.sessions().get(d.sessions().size() - 1);
            String special = d.sessions().size() > 1 ? d.sessions().stream()
                    .map(s -> DAY.format(s.day()) + " " + HM.format(s.startTime()) + "-" + HM.format(s.endTime()))
                    .collect(Collectors.joining("、", ja("evt.opendata.sessions", d.sessions().size()), "")) : "";
            if ("CANCELLED".equals(e.status()) || "POSTPONED".equals(e.status())) {
                String word = ja("evt.status." + e.status());
                special = special.isEmpty() ? word : ja("evt.opendata.statusWith", word, special);
            }
            String place = e.inPerson() ? e.venueName() + (e.online() ? ja("evt.opendata.alsoOnline") : "")
                    : ja("evt.opendata.online");
            rows.add(List.of(openData.getCityCode(), ++no, openData.getPrefecture(), city(), e.title(),
                    n(e.titleKana()), "", DAY.format(first.day()), DAY.format(last.day()), HM.format(first.startTime()),
                    HM.format(first.endTime()), special, n(e.description()).replace("\r", ""),
                    e.free() ? ja("evt.opendata.free") : ja("evt.opendata.fee", Integer.toString(e.fee())), n(e.feeNote()), n(e.contact()), n(e.contactPhone()), "",
                    n(e.organizer()), place, n(e.venueAddress()), "", coordinate(e.venueLatitude()), coordinate(e.venueLongitude()), n(e.venueAccess()), n(e.venueParking()),
                    e.capacity(), DAY.format(e.registrationClosesAt().toLocalDate()),
                    HM.format(e.registrationClosesAt()), ja("evt.opendata.howToApply"),
                    settings.getBaseUrl() + "/events/" + e.id(), n(e.accessibility())));
        }
        return new OpenDataset.Table(rows, OpenDataset.Table.latest(changes.stream()));
    }

    private String city() {
        return openData.getCity().isBlank() ? settings.getCityName() : openData.getCity();
    }

    private static String coordinate(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String n(String value) {
        return value == null ? "" : value;
    }

    /** Files are written in Japanese, whoever downloads them. */
    private String ja(String key, Object... args) {
        return texts.text(key, args);
    }
}
