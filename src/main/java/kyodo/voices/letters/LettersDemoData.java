package kyodo.voices.letters;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.DemoData;
import kyodo.core.Role;
import kyodo.voices.internal.DepartmentRepository;
import kyodo.voices.internal.Receipts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The demo city's opinions to the city: FY2020's 84 (replied in 3 to 14 days, the constructive ones published
 * with the senders' agreement), and this year's still being handled: one to route, one with its department, one
 * draft reply waiting for approval and one past the 10-day target.
 */
@Singleton
class LettersDemoData implements DemoData {

    private record Theme(String topic, String department, String title, String body, String reply) {
    }

    private static final List<Theme> THEMES = List.of(
            new Theme("ROADS", "道路河川課", "通学路の歩道の整備について", "小学校への通学路に歩道がなく危険です。整備を検討してください。",
                    "ご指摘の区間は、令和3年度に路肩のカラー舗装を行い、歩道の整備も計画的に進めます。"),
            new Theme("CHILDREN", "子育て支援課", "公園の遊具について", "近所の公園の遊具が古くなっています。更新してほしいです。",
                    "遊具の点検結果に基づき、順次更新しています。ご指摘の公園は次年度に更新する予定です。"),
            new Theme("ENVIRONMENT", "環境保全課", "ごみ集積所のカラス対策", "ごみ集積所がカラスに荒らされて困っています。",
                    "防鳥ネットの貸し出しを行っています。自治会を通じてお申し込みください。"),
            new Theme("TOWN_PLANNING", "都市計画課", "駅前の空き店舗の活用", "駅前に空き店舗が増えています。活用の支援をしてほしい。",
                    "空き店舗を活用した出店への補助制度があります。商工会と連携して周知を進めます。"),
            new Theme("WELFARE", "高齢者福祉課", "高齢者の移動の支援", "高齢の親が通院に困っています。移動の支援はありますか。",
                    "75歳以上の方のタクシー料金の助成があります。窓口でお申し込みください。"),
            new Theme("SAFETY", "防災課", "防災行政無線が聞こえにくい", "自宅で防災行政無線の放送が聞き取れません。",
                    "放送の内容はメール配信と電話でも確認できます。登録方法をお知らせします。"),
            new Theme("CULTURE", "生涯学習課", "図書館の開館時間", "図書館の平日の開館時間を延ばしてほしいです。",
                    "利用状況を調べたうえで、金曜日の夜間開館を試行します。"),
            new Theme("ADMINISTRATION", "企画課", "市のホームページの見やすさ", "ホームページで手続きの情報が探しにくいです。",
                    "令和3年度のホームページの更新で、くらしの手続きから探せるようにします。"));

    private final LetterRepositories.Letters letters;
    private final DepartmentRepository departments;
    private final CityClock clock;

    LettersDemoData(LetterRepositories.Letters letters, DepartmentRepository departments, CityClock clock) {
        this.letters = letters;
        this.departments = departments;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 620;
    }

    @Override
    @Transactional
    public void seed(Map<Role, Long> accountsByRole) {
        Long staff = accountsByRole.get(Role.STAFF);
        Long admin = accountsByRole.get(Role.ADMIN);
        if (staff == null || admin == null || departments.findByName("企画課").isEmpty()
                || letters.findByFingerprint(Receipts.fingerprint("demo-letter", 0, LocalDate.of(2020, 4, 1))).isPresent()) {
            return; // no staff or departments, or seeded already
        }
        LocalDate start = LocalDate.of(2020, 4, 1);
        for (int i = 0; i < 84; i++) {
            Theme t = THEMES.get(i % THEMES.size());
            LocalDateTime received = start.plusDays(i * 365L / 84).atTime(9 + i % 8, 15);
            Letter l = add(t, i, received, i % 5 == 0 ? "MAYOR" : "CITY", i % 4 != 3, i % 7 == 0);
            long department = departments.findByName(t.department()).orElseThrow().id();
            int days = 3 + (i * 5) % 12;
            letters.route(l.id(), department, admin, received.plusHours(3));
            letters.draft(l.id(), t.reply(), staff, received.plusDays(days - 1L));
            letters.approve(l.id(), admin, received.plusDays(days), received.toLocalDate().plusDays(days),
                    l.replyWanted() ? "MAIL" : "NONE");
            if (l.publishConsent()) {
                letters.publish(l.id(), t.title(), t.body(), t.reply(), admin, received.plusDays(days + 3L));
            }
        }
        LocalDateTime now = clock.now();
        add(THEMES.get(0), 100, now.minusHours(2), "MAYOR", true, true);
        Letter routed = add(THEMES.get(1), 101, now.minusDays(3), "CITY", true, false);
        letters.route(routed.id(), departments.findByName("市民活動推進課").orElseThrow().id(), admin, now.minusDays(3).plusHours(2));
        Letter drafted = add(THEMES.get(2), 102, now.minusDays(5), "CITY", true, true);
        letters.route(drafted.id(), departments.findByName("企画課").orElseThrow().id(), admin, now.minusDays(5).plusHours(1));
        letters.draft(drafted.id(), THEMES.get(2).reply(), staff, now.minusDays(1));
        Letter late = add(THEMES.get(3), 103, now.minusDays(12), "CITY", true, false);
        letters.route(late.id(), departments.findByName("市民活動推進課").orElseThrow().id(), admin, now.minusDays(12).plusHours(1));
    }

    private Letter add(Theme t, int n, LocalDateTime received, String to, boolean replyWanted, boolean consent) {
        String name = "市民" + (n % 26 + 1) + "号";
        String fingerprint = Receipts.fingerprint("demo-letter", n, received.toLocalDate());
        letters.add(Receipts.token(), Letter.Channel.WEB.name(), null, to, t.topic(), t.title(), t.body(), replyWanted,
                replyWanted ? name : null, replyWanted ? "resident" + n + "@example.jp" : null, null, null, consent, null,
                fingerprint, received, received.toLocalDate().plusDays(Letter.TARGET_DAYS), null);
        return letters.findByFingerprint(fingerprint).orElseThrow();
    }
}
