package kyodo.portal.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.DemoData;
import kyodo.core.Role;
import kyodo.portal.cases.CaseForm;
import kyodo.portal.cases.CaseStudies;
import kyodo.portal.library.Library;
import kyodo.portal.library.LibraryForms.CornerForm;
import kyodo.portal.news.NewsDesk;
import kyodo.portal.news.NewsForm;

import java.util.Map;
import java.util.UUID;

/** The demo city's publishing: a few news items, a case study published with consent, the 情報コーナー. */
@Singleton
class PortalDemoData implements DemoData {

    private final NewsDesk news;
    private final CaseStudies cases;
    private final Library library;
    private final CityClock clock;

    PortalDemoData(NewsDesk news, CaseStudies cases, Library library, CityClock clock) {
        this.news = news;
        this.cases = cases;
        this.library = library;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    @Transactional
    public void seed(Map<Role, Long> accountsByRole) {
        long staff = accountsByRole.get(Role.STAFF);
        String today = clock.today().toString();
        news.create(new NewsForm(UUID.randomUUID().toString(), "EVENT", "とみさと協働塾の受講生を募集します",
                "## 日程\n\n全4回（土曜日 10時～12時）\n\n- 第1回 協働ってなんだろう\n- 第2回 地域の課題を知る\n- 第3回 企画を考える\n"
                        + "- 第4回 発表会\n\n修了された方は**まちづくりサポーター**として登録できます。", today, ""), staff);
        news.create(new NewsForm(UUID.randomUUID().toString(), "RECRUIT", "市民活動感謝状の推薦を受け付けています",
                "継続して市民活動に取り組む団体・個人を推薦してください。\n\n[推薦はこちら](/support/letters)", today, ""), staff);
        news.create(new NewsForm(UUID.randomUUID().toString(), "SUBSIDY", "市民活動支援補助金の申請相談会",
                "申請書の書き方の相談会を開きます。お気軽にお越しください。", today, clock.today().plusMonths(2).toString()), staff);
        cases.create(new CaseForm(UUID.randomUUID().toString(), "空き店舗を子どもの居場所に", "", "子ども食堂ひまわり",
                "商店街の空き店舗を改装し、毎週水曜日に**子ども食堂**を開いています。\n\n地域の農家から野菜の提供を受け、"
                        + "ボランティア10名が調理と配膳を担っています。", "NONE", "", "代表 桜田", today, "true"), staff);
        // Corner names are unique: a database that already has the demo corners keeps them.
        var existing = library.corners().stream().map(kyodo.portal.library.InfoCorner::name).collect(java.util.stream.Collectors.toSet());
        java.util.stream.Stream.of(
                        new CornerForm("市民活動サポートセンター", "本町1-1 市役所分庁舎1階", "9:00～17:00（月曜休館）", ""),
                        new CornerForm("中央公民館", "七栄652-1", "9:00～21:00", "1階ロビーのラック"),
                        new CornerForm("市立図書館", "日吉台2-1", "10:00～18:00", "入口横の情報コーナー"))
                .filter(corner -> !existing.contains(corner.cornerName()))
                .forEach(corner -> library.addCorner(corner, staff));
    }
}
