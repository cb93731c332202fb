package kyodo.support.letters;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.DemoData;
import kyodo.core.Role;
import kyodo.core.Viewer;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;
import kyodo.support.donations.DonationForms.AmountForm;
import kyodo.support.donations.DonationForms.CampaignForm;
import kyodo.support.donations.DonationForms.ShopForm;
import kyodo.support.donations.Donations;
import kyodo.support.festa.FestaForms.ExhibitForm;
import kyodo.support.festa.FestaForms.FestaForm;
import kyodo.support.festa.FestaForms.PeriodForm;
import kyodo.support.festa.FestaForms.PostForm;
import kyodo.support.festa.Festas;
import kyodo.support.insurance.ClaimForms.ClaimForm;
import kyodo.support.insurance.Claims;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo city's support schemes as Tomisato's FY2020 report gives them: 8 appreciation letters (4 groups,
 * 4 individuals, presented on 令和3年3月22日), ちい寄附's two campaigns (第1回 8–9月 ¥36,246 from 25 shops,
 * 第2回 12–1月 ¥31,561 from 27) funding the FY2020 subsidy, 1 insurance claim, the FY2020 festa; and this
 * year's nomination round, open now.
 */
@Singleton
class SupportDemoData implements DemoData {

    private final LetterRoundRepository rounds;
    private final NominationRepository nominations;
    private final Donations donations;
    private final Claims claims;
    private final Festas festas;
    private final DirectoryApi directory;
    private final CityClock clock;

    SupportDemoData(LetterRoundRepository rounds, NominationRepository nominations, Donations donations, Claims claims,
                    Festas festas, DirectoryApi directory, CityClock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.donations = donations;
        this.claims = claims;
        this.festas = festas;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    @Transactional
    public void seed(Map<Role, Long> accountsByRole) {
        long staff = accountsByRole.get(Role.STAFF);
        Long citizen = accountsByRole.get(Role.CITIZEN);
        Long coordinator = accountsByRole.get(Role.COORDINATOR);
        // Seeded once per database: its FY2020 round, or its first shop (shop names are unique), says it was.
        if (citizen == null || rounds.findByFiscalYear(2020).isPresent()
                || donations.shops().stream().anyMatch(shop -> shop.name().equals(shopName(0)))) {
            return;
        }
        List<GroupSummary> groups = directory.approvedGroups("", 4);
        letters(staff, citizen, groups);
        chiiKifu(staff);
        if (coordinator != null) {
            claims.report(new Viewer(coordinator, EnumSet.of(Role.COORDINATOR)), new ClaimForm(UUID.randomUUID().toString(),
                    groups.isEmpty() ? "" : Long.toString(groups.get(0).id()), "", "", "2020-11-08", "中央公園", "公園の草刈り", "INJURY",
                    "会員 一郎", "右手首のねんざ、通院2週間", "草刈りの後片付け中に段差でつまずいて転倒した。"));
        }
        festa(staff, groups);
    }

    private void letters(long staff, long citizen, List<GroupSummary> groups) {
        LetterRound fy2020 = rounds.save(new LetterRound(null, 2020, LocalDate.of(2020, 10, 1), LocalDate.of(2020, 11, 30),
                LocalDate.of(2021, 3, 22), "市民活動フェスタ会場（中央公民館）", 1, staff, LocalDateTime.of(2020, 9, 15, 9, 0)));
        String[] groupNames = {"通学路見守り隊", "駅前花壇の会", "子ども食堂ひまわり", "おはなしの会"};
        String[] people = {"桜田 花子", "山本 太郎", "佐藤 幸子", "鈴木 一郎"};
        int number = 1;
        for (int i = 0; i < 4; i++) {
            GroupSummary g = i < groups.size() ? groups.get(i) : null;
            String name = g != null ? g.name() : groupNames[i];
            nominations.save(new Nomination(null, fy2020.id(), citizen, "市民 推薦", "GROUP", g == null ? null : g.id(), name, null,
                    g != null ? "G:" + g.id() : "N:GROUP:" + Nominations.normalized(name), "長年にわたり地域で活動を続けています。", 10 + i,
                    Nomination.Status.SELECTED.name(), staff, LocalDateTime.of(2021, 2, 15, 10, 0), number++, i < 3, staff,
                    LocalDateTime.of(2021, 2, 20, 10, 0), LocalDateTime.of(2020, 10, 20, 10, 0)));
        }
        for (int i = 0; i < 4; i++) {
            nominations.save(new Nomination(null, fy2020.id(), citizen, "市民 推薦", "PERSON", null, people[i], null,
                    "N:PERSON:" + Nominations.normalized(people[i]), "ボランティアとして長く活動しています。", 15 + i,
                    Nomination.Status.SELECTED.name(), staff, LocalDateTime.of(2021, 2, 15, 10, 0), number++, i < 2, staff,
                    LocalDateTime.of(2021, 2, 20, 10, 0), LocalDateTime.of(2020, 10, 21, 10, 0)));
        }
        rounds.update(new LetterRound(fy2020.id(), 2020, fy2020.opensOn(), fy2020.closesOn(), fy2020.ceremonyOn(), fy2020.ceremonyPlace(),
                number, staff, fy2020.createdAt()));
        LocalDate today = clock.today();
        int year = clock.fiscalYear().startYear();
        if (year != 2020 && rounds.findByFiscalYear(year).isEmpty()) {
            LocalDate opens = today.minusDays(7).isBefore(clock.fiscalYear().firstDay()) ? clock.fiscalYear().firstDay() : today.minusDays(7);
            LocalDate closes = today.plusDays(30).isAfter(clock.fiscalYear().lastDay()) ? clock.fiscalYear().lastDay() : today.plusDays(30);
            rounds.save(new LetterRound(null, year, opens, closes, null, null, 1, staff, clock.now()));
        }
    }

    private static final String[] SHOP_KINDS = {"カフェ", "ラーメン", "ベーカリー", "雑貨店", "そば処", "居酒屋", "洋菓子店", "花屋", "書店"};

    private static String shopName(int i) {
        return SHOP_KINDS[i % SHOP_KINDS.length] + " " + (char) ('あ' + i);
    }

    private void chiiKifu(long staff) {
        String[] areas = {"日吉台", "七栄", "根木名", "浩養", "富里"};
        long[] ids = new long[27];
        for (int i = 0; i < 27; i++) {
            ids[i] = donations.addShop(new ShopForm(shopName(i), areas[i % areas.length],
                    i < 6 ? "MENU" : "BOX"), staff);
        }
        long first = donations.addCampaign(new CampaignForm("2020", "1", "2020-08-01", "2020-09-30", "2020"), staff);
        long second = donations.addCampaign(new CampaignForm("2020", "2", "2020-12-01", "2021-01-31", "2020"), staff);
        for (int i = 0; i < 25; i++) {
            donations.record(first, new AmountForm(Long.toString(ids[i]), i < 24 ? "1450" : "1446"), staff);
        }
        for (int i = 0; i < 27; i++) {
            donations.record(second, new AmountForm(Long.toString(ids[i]), i < 26 ? "1170" : "1141"), staff);
        }
    }

    private void festa(long staff, List<GroupSummary> groups) {
        long id = festas.create(new FestaForm("2020", "とみさと市民活動フェスタ2020", "市民活動団体の日ごろの取組を、展示とPR動画で紹介します。"
                + "4区分のうち3区分を12月11日から2月1日まで展示しました。", "", "true"), staff);
        festas.addPeriod(id, new PeriodForm("第1区分", "2020-12-11", "2020-12-27", "市役所1階ロビー"), staff);
        festas.addPeriod(id, new PeriodForm("第2区分", "2021-01-05", "2021-01-17", "中央公民館"), staff);
        festas.addPeriod(id, new PeriodForm("第3区分", "2021-01-19", "2021-02-01", "市立図書館"), staff);
        for (GroupSummary g : groups) {
            festas.addExhibit(id, new ExhibitForm(Long.toString(g.id()), "", g.name() + "の活動を写真とパネルで紹介します。",
                    "https://video.example.jp/festa2020/" + g.id()), staff);
        }
        festas.addExhibit(id, new ExhibitForm("", "富里高校美術部", "「協働」をテーマに製作した作品の展示。", ""), staff);
        festas.addPost(id, new PostForm("WANT", "子ども食堂ひまわり", "配膳を手伝ってくださる方を探しています。"), staff);
        festas.addPost(id, new PostForm("OFFER", "駅前花壇の会", "花の苗をお分けします。"), staff);
    }
}
