package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import kyodo.support.Db;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Something public in every module, made once per test server: a published event, an approved group (with
 * a private contact) and its lecture, an open board post, the demo plan (results and KPIs), a subsidy
 * project confirmed in a released window, the demo news and public comments, the support schemes' data, a
 * case study published with consent and one not published; and what only its own people see: a group not approved
 * yet (with its owner) and a lecture not published (with the representative). Titles start with = + - @
 * so that the files show whether formula cells are neutralised.
 */
@Singleton
public class PublicDataFixture {

    public static final String PRIVATE_CONTACT = "代表 090-0000-1111";
    public static final String PUBLIC_CONTACT = "事務局 0123-45-6789";

    private final EmbeddedServer server;
    private final TestAccounts accounts;
    private final DataSource dataSource;
    private final List<DemoData> demoData;
    private final CityClock clock;
    private final kyodo.support.donations.Donations donations;
    private final kyodo.support.festa.Festas festas;

    private boolean made;
    private String tag;
    private long eventId;
    private long groupId;
    private long lectureId;
    private long postId;
    private long posterId;
    private long programId;
    private long caseId;
    private long hiddenCaseId;
    private long pendingGroupId;
    private TestAccount pendingOwner;
    private long hiddenLectureId;
    private TestAccount representative;
    private int campaignNumber;
    private long councilCallId;
    private long openSurveyId;
    private long resultsSurveyId;
    private int festaYear;

    PublicDataFixture(EmbeddedServer server, TestAccounts accounts, DataSource dataSource, List<DemoData> demoData,
                      CityClock clock, kyodo.support.donations.Donations donations, kyodo.support.festa.Festas festas) {
        this.donations = donations;
        this.festas = festas;
        this.server = server;
        this.accounts = accounts;
        this.dataSource = dataSource;
        this.demoData = demoData;
        this.clock = clock;
    }

    public synchronized PublicDataFixture ensure() {
        if (!made) {
            make();
            made = true;
        }
        return this;
    }

    public String tag() {
        return tag;
    }

    public String eventTitle() {
        return "=1+2 講座 " + tag;
    }

    public String groupName() {
        return "+81 子育てひろば " + tag;
    }

    public String lectureTitle() {
        return "@ドローン講座 " + tag;
    }

    public String projectTitle() {
        return "-子ども食堂の立ち上げ " + tag;
    }

    public String postTitle() {
        return "パソコン講師募集 " + tag;
    }

    public long eventId() {
        return eventId;
    }

    public long groupId() {
        return groupId;
    }

    public long lectureId() {
        return lectureId;
    }

    public long postId() {
        return postId;
    }

    public long posterId() {
        return posterId;
    }

    public long programId() {
        return programId;
    }

    public String caseTitle() {
        return "@地域食堂のはじまり " + tag;
    }

    /** A case study published with consent. */
    public long caseId() {
        return caseId;
    }

    /** A case study written but not published. */
    public long hiddenCaseId() {
        return hiddenCaseId;
    }

    public String pendingGroupName() {
        return "審査中の会 " + tag;
    }

    /** A group registered but not approved yet, and the citizen who registered it. */
    public long pendingGroupId() {
        return pendingGroupId;
    }

    public TestAccount pendingOwner() {
        return pendingOwner;
    }

    public String hiddenLectureTitle() {
        return "非公開の講座 " + tag;
    }

    /** A lecture of the approved group that is not published, and the group's representative. */
    public long hiddenLectureId() {
        return hiddenLectureId;
    }

    public TestAccount representative() {
        return representative;
    }

    private void make() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        TestAccount staffAccount = accounts.create(Role.STAFF);
        WebSession staff = accounts.logIn(server.getURL(), staffAccount);
        eventId = createdId(staff.post("/admin/events", eventForm(eventTitle())), "^/admin/events/(\\d+).*$");
        assertEquals(303, staff.post("/admin/events/" + eventId + "/publish", Map.of()).status());

        TestAccount repAccount = accounts.create(Role.CITIZEN);
        posterId = repAccount.id();
        WebSession rep = accounts.logIn(server.getURL(), repAccount);
        groupId = createdId(rep.post("/groups", groupForm(groupName())), "^/groups/(\\d+)\\?.*$");
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        assertEquals(303, coordinator.post("/admin/groups/" + groupId + "/approve", Map.of()).status());
        Map<String, String> lecture = Map.ofEntries(Map.entry("lecTitle", lectureTitle()),
                Map.entry("lecDescription", "-ドローンが飛ぶしくみ"), Map.entry("lecAudiences", "ELEMENTARY"),
                Map.entry("lecAudienceNote", ""), Map.entry("lecMinutes", "90"), Map.entry("lecFeeKind", "FREE"),
                Map.entry("activityFields", "SCHOOL"), Map.entry("lecPrepare", "机2台"), Map.entry("lecArea", "市内全域"),
                Map.entry("lecMinPeople", "5"), Map.entry("lecMaxPeople", "30"), Map.entry("lecPublished", "on"));
        assertEquals(303, rep.post("/groups/" + groupId + "/lectures", lecture).status());
        lectureId = Db.count(dataSource, "SELECT MAX(id) FROM dir_lecture WHERE group_id = ?", groupId);
        Map<String, String> hidden = new HashMap<>(lecture);
        hidden.put("lecTitle", hiddenLectureTitle());
        hidden.remove("lecPublished");
        assertEquals(303, rep.post("/groups/" + groupId + "/lectures", hidden).status());
        hiddenLectureId = Db.count(dataSource, "SELECT MAX(id) FROM dir_lecture WHERE group_id = ?", groupId);
        representative = repAccount;

        pendingOwner = accounts.create(Role.CITIZEN);
        pendingGroupId = createdId(accounts.logIn(server.getURL(), pendingOwner).post("/groups", groupForm(pendingGroupName())),
                "^/groups/(\\d+)\\?.*$");

        postId = createdId(rep.post("/board", postForm(postTitle())), "^/board/(\\d+)\\?.*$");
        assertEquals(303, coordinator.post("/admin/board/" + postId + "/approve", Map.of()).status());

        Map<Role, Long> people = Map.of(Role.STAFF, staffAccount.id());
        demo("kyodo.plan.").seed(people);
        demo("kyodo.subsidies.").seed(people);
        demo("kyodo.portal.").seed(people);
        support(staffAccount.id(), repAccount.id());
        voices(staffAccount.id());
        caseId = createdId(staff.post("/admin/portal/cases", caseForm(caseTitle(), groupId, "true")), "^/admin/portal/cases/(\\d+)/edit$");
        hiddenCaseId = createdId(staff.post("/admin/portal/cases", caseForm("書きかけの事例 " + tag, groupId, "")),
                "^/admin/portal/cases/(\\d+)/edit$");
        // The voices module's demo parts in their order (its departments first), seeded once per database.
        demoData.stream().filter(d -> d.getClass().getPackageName().startsWith("kyodo.voices"))
                .sorted(java.util.Comparator.comparingInt(DemoData::order))
                .forEach(d -> d.seed(Map.of(Role.STAFF, staffAccount.id(), Role.ADMIN, accounts.create(Role.ADMIN).id())));
        programId = Db.count(dataSource, "SELECT MAX(id) FROM sub_program");
        long window = Db.count(dataSource, "SELECT MIN(id) FROM sub_window WHERE program_id = ?", programId);
        long category = Db.count(dataSource, "SELECT MIN(id) FROM sub_category WHERE program_id = ?", programId);
        LocalDateTime now = clock.now();
        Db.insert(dataSource, """
                INSERT INTO sub_application (program_id, window_id, category_id, group_id, applicant_id, status, title,
                  purpose, content, schedule, place, expected_effect, requested_amount, awarded_amount, confirmed_amount,
                  confirmed_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'CONFIRMED', ?, '目的', '内容', '日程', '公民館', '効果', 100000, 100000, 87500, ?, ?, ?)""",
                programId, window, category, groupId, repAccount.id(), projectTitle(), now, now, now);
        Db.insert(dataSource, "UPDATE sub_window SET results_released_at = ? WHERE id = ?", now, window);
    }

    /** A call for citizen members open today, of a council of the fixture's own. */
    public long councilCallId() {
        return councilCallId;
    }

    public String councilName() {
        return "協働テスト委員会 " + tag;
    }

    /** A questionnaire open today (its results not published). */
    public long openSurveyId() {
        return openSurveyId;
    }

    /** A questionnaire over, its results published (nobody answered it: no questions, no respondents). */
    public long resultsSurveyId() {
        return resultsSurveyId;
    }

    /** The voices module's public data of the fixture's own, so that what other tests do to the demo's does not matter. */
    private void voices(long staff) {
        LocalDate today = clock.today();
        LocalDateTime now = clock.now();
        long department = Db.insert(dataSource, "INSERT INTO voi_department (name, coordinating, created_by, created_at) VALUES (?, FALSE, ?, ?)",
                "協働テスト課 " + tag, staff, now);
        long council = Db.insert(dataSource, """
                INSERT INTO voi_council (name, department_id, purpose, seats, citizen_seats, created_by, created_at)
                VALUES (?, ?, '協働の計画を審議します。', 10, 2, ?, ?)""", councilName(), department, staff, now);
        councilCallId = Db.insert(dataSource, """
                INSERT INTO voi_recruitment (council_id, seats, eligibility, essay_theme, essay_max, opens_on, closes_on,
                  term_starts_on, term_ends_on, status, created_by, created_at)
                VALUES (?, 2, '市内に住む18歳以上の方', 'わたしのまちづくり', 800, ?, ?, ?, ?, 'OPEN', ?, ?)""",
                council, today.minusDays(1), today.plusDays(20), today.plusDays(60), today.plusDays(60).plusYears(2), staff, now);
        openSurveyId = Db.insert(dataSource, """
                INSERT INTO voi_survey (title, intro, department_id, opens_on, closes_on, respondents, status, results_public,
                  created_by, created_at, opened_at) VALUES (?, NULL, ?, ?, ?, 'OPEN', 'OPEN', FALSE, ?, ?, ?)""",
                "実施中のアンケート " + tag, department, today.minusDays(1), today.plusDays(20), staff, now, now);
        resultsSurveyId = Db.insert(dataSource, """
                INSERT INTO voi_survey (title, intro, department_id, opens_on, closes_on, respondents, status, results_public,
                  created_by, created_at, opened_at, closed_at) VALUES (?, '終わったアンケート', ?, ?, ?, 'OPEN', 'CLOSED', TRUE, ?, ?, ?, ?)""",
                "結果を公開したアンケート " + tag, department, today.minusDays(60), today.minusDays(30), staff, now, now, now);
    }

    /** The fiscal year of the fixture's ChiiKifu campaign and insurance claim, far from the support tests' years. */
    public static final int SUPPORT_YEAR = 2077;

    public String shopName() {
        return "協力店 " + tag;
    }

    /** The number of the fixture's campaign in {@link #SUPPORT_YEAR}: its one shop raised 1450 yen. */
    public int campaignNumber() {
        return campaignNumber;
    }

    /** A published festa edition with one period, one exhibit (of the approved group) and one board post. */
    public int festaYear() {
        return festaYear;
    }

    public String namedRecipient() {
        return "推薦の会 " + tag;
    }

    public String unnamedRecipient() {
        return "非公開 太郎 " + tag;
    }

    public String openNomination() {
        return "審査中 花子 " + tag;
    }

    public String nominationReason() {
        return "推薦の理由 " + tag;
    }

    public String claimSecret() {
        return "ねんざ " + tag;
    }

    /**
     * The support schemes' public data of the fixture's own (the support tests set up fixed years, so nothing here
     * uses theirs): a shop and a campaign, a festa edition, this fiscal year's letter round with a named recipient,
     * one not named and a nomination still open, and an accident reported.
     */
    private void support(long staff, long citizen) {
        long shop = donations.addShop(new kyodo.support.donations.DonationForms.ShopForm(shopName(), "中央地区", "MENU"), staff);
        campaignNumber = (int) Db.count(dataSource, "SELECT COALESCE(MAX(number), 0) + 1 FROM sup_campaign WHERE fiscal_year = ?", SUPPORT_YEAR);
        long campaign = donations.addCampaign(new kyodo.support.donations.DonationForms.CampaignForm(Integer.toString(SUPPORT_YEAR),
                Integer.toString(campaignNumber), SUPPORT_YEAR + "-08-01", SUPPORT_YEAR + "-09-30", Integer.toString(SUPPORT_YEAR)), staff);
        donations.record(campaign, new kyodo.support.donations.DonationForms.AmountForm(Long.toString(shop), "1450"), staff);

        festaYear = 2060;
        while (Db.count(dataSource, "SELECT COUNT(*) FROM sup_festa WHERE fiscal_year = ?", festaYear) > 0) {
            festaYear++;
        }
        long festa = festas.create(new kyodo.support.festa.FestaForms.FestaForm(Integer.toString(festaYear), "フェスタ " + tag,
                "団体の展示", "", "true"), staff);
        festas.addPeriod(festa, new kyodo.support.festa.FestaForms.PeriodForm("第1区分", festaYear + "-12-11", festaYear + "-12-27",
                "市役所1階ロビー"), staff);
        festas.addExhibit(festa, new kyodo.support.festa.FestaForms.ExhibitForm(Long.toString(groupId), "", "活動の紹介 " + tag,
                "https://video.example.jp/festa/" + groupId), staff);
        festas.addPost(festa, new kyodo.support.festa.FestaForms.PostForm("WANT", groupName(), "配膳のお手伝い " + tag), staff);

        FiscalYear year = clock.fiscalYear();
        LocalDate today = clock.today();
        LocalDate opens = today.minusDays(7).isBefore(year.firstDay()) ? year.firstDay() : today.minusDays(7);
        LocalDate closes = today.plusDays(30).isAfter(year.lastDay()) ? year.lastDay() : today.plusDays(30);
        Db.insert(dataSource, """
                INSERT IGNORE INTO sup_letter_round (fiscal_year, opens_on, closes_on, ceremony_on, ceremony_place, next_number,
                  created_by, created_at) VALUES (?, ?, ?, NULL, NULL, 1, ?, ?)""", year.startYear(), opens, closes, staff, clock.now());
        long round = Db.count(dataSource, "SELECT id FROM sup_letter_round WHERE fiscal_year = ?", year.startYear());
        nomination(round, citizen, "GROUP", namedRecipient(), "SELECTED", true);
        nomination(round, citizen, "PERSON", unnamedRecipient(), "SELECTED", false);
        nomination(round, citizen, "PERSON", openNomination(), "SUBMITTED", false);

        Db.insert(dataSource, """
                INSERT INTO sup_claim (reporter_id, form_key, group_id, accident_on, fiscal_year, place, activity, claim_kind,
                  party_name, health_details, description, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, '草刈り', 'INJURY', ?, ?, '転倒した。', 'RECEIVED', ?, ?)""",
                citizen, UUID.randomUUID().toString(), groupId, LocalDate.of(SUPPORT_YEAR, 5, 1), SUPPORT_YEAR, "事故の場所 " + tag,
                "負傷者 " + tag, claimSecret(), clock.now(), clock.now());
    }

    private void nomination(long round, long nominator, String kind, String name, String status, boolean consent) {
        boolean selected = "SELECTED".equals(status);
        Long number = selected ? Db.count(dataSource,
                "SELECT COALESCE(MAX(certificate_number), 0) + 1 FROM sup_nomination WHERE round_id = ?", round) : null;
        LocalDateTime now = clock.now();
        Db.insert(dataSource, """
                INSERT INTO sup_nomination (round_id, nominator_id, nominator_name, nominee_kind, group_id, nominee_name, nominee_kana,
                  nominee_key, reason, years_active, status, decided_by, decided_at, certificate_number, publish_consent,
                  consent_recorded_by, consent_recorded_at, created_at)
                VALUES (?, ?, ?, ?, NULL, ?, NULL, ?, ?, 10, ?, ?, ?, ?, ?, ?, ?, ?)""",
                round, nominator, "推薦者 " + tag, kind, name, "N:" + kind + ":" + name.replace(" ", ""), nominationReason(), status,
                selected ? nominator : null, selected ? now : null, number, consent, consent ? nominator : null, consent ? now : null, now);
    }

    private DemoData demo(String prefix) {
        return demoData.stream().filter(d -> d.getClass().getName().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static long createdId(Page created, String pattern) {
        assertEquals(303, created.status(), created.text());
        return Long.parseLong(created.location().replaceAll(pattern, "$1"));
    }

    private Map<String, String> caseForm(String title, long group, String published) {
        Map<String, String> form = new HashMap<>();
        form.put("formKey", UUID.randomUUID().toString());
        form.put("title", title);
        form.put("groupId", Long.toString(group));
        form.put("groupName", "");
        form.put("body", "毎週**水曜日**に開いています。");
        form.put("originKind", "NONE");
        form.put("originId", "");
        form.put("consentBy", "代表 同意 太郎");
        form.put("consentOn", clock.today().toString());
        form.put("published", published);
        return form;
    }

    private Map<String, String> postForm(String title) {
        Map<String, String> form = new HashMap<>();
        form.put("kind", "REQUEST");
        form.put("category", "HELP");
        form.put("postTitle", title);
        form.put("postBody", "高齢者サロンでのパソコン教室の講師を探しています。");
        form.put("neededOn", clock.today().plusDays(10).toString());
        form.put("timeText", "10時〜12時");
        form.put("place", "中央公民館");
        form.put("schoolDistrict", "中央小学校区");
        form.put("area", "中央地区");
        form.put("skills", "パソコン");
        form.put("activityFields", "ELDERLY");
        form.put("peopleNeeded", "2");
        return form;
    }
    private static Map<String, String> groupForm(String name) {
        Map<String, String> form = new HashMap<>();
        form.put("groupName", name);
        form.put("nameKana", "コソダテヒロバ");
        form.put("groupType", "CIVIC");
        form.put("activityFields", "CHILDCARE");
        form.put("area", "中央地区");
        form.put("schoolDistrict", "中央小学校区");
        form.put("foundedYear", "2015");
        form.put("memberCount", "12");
        form.put("groupDescription", "=子育て中の親子の居場所づくり");
        form.put("activityDays", "毎週水曜日");
        form.put("activityPlace", "中央公民館");
        form.put("publicContact", "事務局 0123-45-6789");
        form.put("privateContact", "代表 090-0000-1111");
        form.put("website", "https://example.jp/group");
        form.put("socialLinks", "");
        return form;
    }

    /** The events tests' valid form, with text that starts like a formula (the open-data file must neutralise it). */
    private static Map<String, String> eventForm(String title) {
        Map<String, String> f = new HashMap<>(kyodo.events.EventFixtures.form(title, 20));
        f.put("eventTitleKana", "こうざ");
        f.put("eventDescription", "-市民活動をはじめたい方のための講座です。\n初めての方も歓迎します。");
        f.put("eventVenueName", "会議室");
        return f;
    }
}
