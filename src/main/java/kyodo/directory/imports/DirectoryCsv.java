package kyodo.directory.imports;

import kyodo.directory.groups.Group;
import kyodo.directory.groups.GroupInput;
import kyodo.directory.groups.GroupFinder;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.Availability;
import kyodo.directory.internal.Text;
import jakarta.inject.Singleton;
import kyodo.directory.internal.DirectoryTexts;
import kyodo.directory.volunteers.Volunteer;
import kyodo.directory.volunteers.VolunteerInput;

import kyodo.directory.GroupType;
import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spreadsheet columns the center already keeps, for import and export (the same columns
 * both ways, so an export can be corrected in Excel and imported again). Lists inside a cell
 * are separated by 「、」 (or a comma or space). The import page shows this list to staff.
 */
@Singleton
public final class DirectoryCsv {

    /** A column: its header, whether it is required, and whether it holds personal data (staff only on export). */
    public record Column(String header, boolean required, boolean personal, String example) {
    }

    public static final List<Column> VOLUNTEER_COLUMNS = List.of(
            new Column("氏名", true, true, "市民 花子"),
            new Column("フリガナ", true, true, "シミン ハナコ"),
            new Column("メールアドレス", false, true, "hanako@example.jp"),
            new Column("電話番号", false, true, "090-1234-5678"),
            new Column("連絡方法", true, false, "メール / 電話 / 郵送"),
            new Column("特技・技能", false, false, "パソコン、料理"),
            new Column("資格", false, false, "保育士"),
            new Column("活動分野", false, false, "子育て、まちづくり"),
            new Column("活動できる時間", false, false, "月午前、水午後、土夜間"),
            new Column("地域", false, false, "中央地区"),
            new Column("小学校区", false, false, "中央小学校区"),
            new Column("連絡先提供の同意", true, false, "はい / いいえ"));

    public static final List<Column> GROUP_COLUMNS = List.of(
            new Column("団体名", true, false, "さくら子育てひろば"),
            new Column("フリガナ", true, false, "サクラコソダテヒロバ"),
            new Column("種別", true, false, "NPO法人 / 市民活動団体・任意団体 / 自治会・区 / 地域づくり協議会 / 事業者 / サークル / その他"),
            new Column("活動分野", false, false, "子育て、まちづくり"),
            new Column("地域", false, false, "中央地区"),
            new Column("小学校区", false, false, "中央小学校区"),
            new Column("設立年", false, false, "2015"),
            new Column("会員数", false, false, "12"),
            new Column("活動日", false, false, "毎週水曜日"),
            new Column("活動場所", false, false, "中央公民館"),
            new Column("公開連絡先", false, false, "事務局 0123-45-6789"),
            new Column("非公開連絡先", false, true, "代表 090-0000-1111"),
            new Column("ウェブサイト", false, false, "https://example.jp"),
            new Column("SNS", false, false, ""),
            new Column("団体の紹介", false, false, ""));

    /** The column of each form field, to name it in an import's row errors. */
    static final Map<String, String> VOLUNTEER_FIELD_COLUMNS = Map.ofEntries(
            Map.entry("volunteerName", "氏名"), Map.entry("nameKana", "フリガナ"), Map.entry("email", "メールアドレス"),
            Map.entry("phone", "電話番号"), Map.entry("contactMethod", "連絡方法"), Map.entry("skills", "特技・技能"),
            Map.entry("qualifications", "資格"), Map.entry("activityFields", "活動分野"),
            Map.entry("availability", "活動できる時間"), Map.entry("area", "地域"), Map.entry("schoolDistrict", "小学校区"),
            Map.entry("consent", "連絡先提供の同意"));

    static final Map<String, String> GROUP_FIELD_COLUMNS = Map.ofEntries(
            Map.entry("groupName", "団体名"), Map.entry("nameKana", "フリガナ"), Map.entry("groupType", "種別"),
            Map.entry("activityFields", "活動分野"), Map.entry("area", "地域"), Map.entry("schoolDistrict", "小学校区"),
            Map.entry("foundedYear", "設立年"), Map.entry("memberCount", "会員数"), Map.entry("activityDays", "活動日"),
            Map.entry("activityPlace", "活動場所"), Map.entry("publicContact", "公開連絡先"),
            Map.entry("privateContact", "非公開連絡先"), Map.entry("website", "ウェブサイト"), Map.entry("socialLinks", "SNS"),
            Map.entry("groupDescription", "団体の紹介"));

    /** The downloads' file names (a date and ".csv" follow those that take one). */
    public static final String VOLUNTEERS_FILE = "ボランティア一覧";
    public static final String GROUPS_FILE = "団体一覧";
    public static final String LECTURE_REQUESTS_FILE = "出前講座の申し込み";
    public static final String OWN_DATA_FILE = "ボランティア登録情報.csv";

    public static String fileName(String base, java.time.LocalDate day) {
        return base + "_" + day + ".csv";
    }

    public static String surveyFileName(int fiscalYear, java.time.LocalDate day) {
        return "実態及び意向調査_" + fiscalYear + "年度_" + day + ".csv";
    }

    /** The staff's export of lecture requests, with the requesters' contact details. */
    public static final List<String> LECTURE_REQUEST_HEADERS = List.of("申込番号", "受付日", "状況", "講座名", "団体名",
            "団体・学校名", "担当者名", "電話番号", "メールアドレス", "第1希望日", "第1希望の時間", "第2希望日", "第2希望の時間",
            "会場", "参加予定人数", "実施日", "実施時間", "メッセージ");

    /** A status survey round's answers: these columns, one per question, then the contacts when asked for. */
    public static final List<String> SURVEY_HEADERS = List.of("団体ID", "団体名", "フリガナ", "回答状況",
            "団体情報の確認日時", "提出日時");
    public static final List<String> SURVEY_CONTACT_HEADERS = List.of("代表者氏名", "代表者メールアドレス",
            "サポートセンター用連絡先");

    /** The keys of a person's own data as JSON (a file they download, so fixed like the CSV columns). */
    public static final String OWN_REGISTRATION = "ボランティア登録";
    public static final String OWN_REGISTERED_AT = "登録日時";
    public static final String OWN_POSTAL_CODE = "郵便番号";
    public static final String OWN_ADDRESS = "住所";
    public static final String OWN_UPDATED_AT = "更新日時";
    public static final String OWN_HISTORY = "マッチング履歴";
    public static final String OWN_REQUEST = "依頼";
    public static final String OWN_STATUS = "状態";
    public static final String OWN_PROPOSED_AT = "打診日時";
    public static final String OWN_ACTIVITY_DATE = "活動日";
    public static final String OWN_MINUTES = "活動時間（分）";
    public static final String OWN_FEEDBACK = "あなたの感想";
    public static final String OWN_SUPPORTER = "まちづくりサポーター";
    public static final String OWN_SUPPORTER_SINCE = "登録日";
    public static final String OWN_SUPPORTER_REASON = "理由";
    public static final String OWN_GROUPS = "所属団体";

    public static String surveyQuestionHeader(int number, String text) {
        return "問" + number + " " + text;
    }

    static final Map<String, GroupType> TYPE_LABELS = Map.of(
            "NPO法人", GroupType.NPO, "市民活動団体・任意団体", GroupType.CIVIC, "市民活動団体", GroupType.CIVIC,
            "任意団体", GroupType.CIVIC, "自治会・区", GroupType.NEIGHBORHOOD, "自治会", GroupType.NEIGHBORHOOD,
            "地域づくり協議会", GroupType.DISTRICT_COUNCIL, "事業者", GroupType.BUSINESS, "サークル", GroupType.CIRCLE,
            "その他", GroupType.OTHER);

    /** The characters that separate the items of a list in a cell. */
    private static final String SEPARATORS = "、，, \t\n\u000B\f\r　/／";

    private final DirectoryTexts texts;

    DirectoryCsv(DirectoryTexts texts) {
        this.texts = texts;
    }

    public static List<String> headers(List<Column> columns) {
        return columns.stream().map(Column::header).toList();
    }

    /** Headers missing from an uploaded file (required columns only). */
    public static List<String> missingHeaders(List<Column> columns, List<String> present) {
        return columns.stream().filter(Column::required).map(Column::header).filter(h -> !present.contains(h)).toList();
    }

    static String get(CSVRecord record, String header) {
        return record.isMapped(header) && record.isSet(header) ? Text.clean(record.get(header)) : null;
    }

    static List<String> list(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= cell.length(); i++) {
            if (i == cell.length() || SEPARATORS.indexOf(cell.charAt(i)) >= 0) {
                String item = cell.substring(start, i);
                if (!item.isBlank()) {
                    out.add(item);
                }
                start = i + 1;
            }
        }
        return out;
    }

    public VolunteerInput volunteer(CSVRecord r) {
        String method = get(r, "連絡方法");
        String consent = get(r, "連絡先提供の同意");
        return new VolunteerInput(get(r, "氏名"), get(r, "フリガナ"), get(r, "メールアドレス"),
                Text.digits(get(r, "電話番号")), null, null, methodCode(method), get(r, "特技・技能"), get(r, "資格"),
                fieldCodes(get(r, "活動分野")), slotCodes(get(r, "活動できる時間")), get(r, "地域"), get(r, "小学校区"),
                consent == null ? "?" : switch (consent) {
                    case "はい", "同意", "同意する", "○", "yes", "YES", "1", "TRUE", "true" -> "on";
                    case "いいえ", "同意しない", "×", "no", "NO", "0", "FALSE", "false" -> null;
                    default -> "?";
                });
    }

    public GroupInput group(CSVRecord r) {
        String type = get(r, "種別");
        GroupType parsed = type == null ? null : TYPE_LABELS.getOrDefault(type, GroupFinder.parseType(type));
        return new GroupInput(get(r, "団体名"), get(r, "フリガナ"), parsed == null ? type : parsed.name(),
                get(r, "地域"), get(r, "小学校区"), Text.digits(get(r, "設立年")), Text.digits(get(r, "会員数")),
                get(r, "団体の紹介"), get(r, "活動日"), get(r, "活動場所"), get(r, "公開連絡先"), get(r, "非公開連絡先"),
                get(r, "ウェブサイト"), get(r, "SNS"), fieldCodes(get(r, "活動分野")));
    }

    /** Unknown values are kept as typed so the check reports them. */
    List<String> fieldCodes(String cell) {
        List<String> out = new ArrayList<>();
        for (String v : list(cell)) {
            ActivityField f = texts.activityFieldNamed(v);
            out.add(f == null ? v : f.name());
        }
        return out;
    }

    List<String> slotCodes(String cell) {
        List<String> out = new ArrayList<>();
        for (String v : list(cell)) {
            out.add(Availability.bit(v) >= 0 ? v : japaneseSlot(v));
        }
        return out;
    }

    private String japaneseSlot(String v) {
        String code = texts.slotNamed(v);
        return code == null ? v : code;
    }

    static String methodCode(String v) {
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "メール", "電子メール" -> "EMAIL";
            case "電話" -> "PHONE";
            case "郵送", "郵便" -> "POST";
            default -> v;
        };
    }

    static String methodLabel(Volunteer.ContactMethod m) {
        return switch (m) {
            case EMAIL -> "メール";
            case PHONE -> "電話";
            case POST -> "郵送";
        };
    }

    public List<String> volunteerRow(Volunteer v, boolean personal) {
        return List.of(personal ? nz(v.name()) : "", personal ? nz(v.nameKana()) : "", personal ? nz(v.email()) : "",
                personal ? nz(v.phone()) : "", methodLabel(v.contactMethod()), nz(v.skills()), nz(v.qualifications()),
                texts.list(texts.activityFieldsJa(v.fields()), Locale.JAPANESE),
                texts.list(Availability.codes(v.availability()).stream().map(c -> texts.slot(c, Locale.JAPANESE)).toList(),
                        Locale.JAPANESE),
                nz(v.area()), nz(v.schoolDistrict()), v.consentShare() ? "はい" : "いいえ");
    }

    public List<String> groupRow(Group g, boolean personal) {
        String typeLabel = TYPE_LABELS.entrySet().stream().filter(e -> e.getValue() == g.type())
                .map(Map.Entry::getKey).sorted((a, b) -> b.length() - a.length()).findFirst().orElse(g.type().name());
        return List.of(g.name(), g.nameKana(), typeLabel,
                texts.list(texts.activityFieldsJa(g.fields()), Locale.JAPANESE), nz(g.area()), nz(g.schoolDistrict()),
                g.foundedYear() == null ? "" : g.foundedYear().toString(),
                g.memberCount() == null ? "" : g.memberCount().toString(), nz(g.activityDays()), nz(g.activityPlace()),
                nz(g.publicContact()), personal ? nz(g.privateContact()) : "", nz(g.website()), nz(g.socialLinks()),
                nz(g.description()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
