package kyodo.plan.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountsApi;
import kyodo.core.CityClock;
import kyodo.core.DemoData;
import kyodo.core.FiscalYear;
import kyodo.core.Role;

import java.util.List;
import java.util.Map;

/**
 * The demo city's promotion plan, on the pattern of Tomisato's (推進項目 → 施策 → 事業): a five-year plan
 * running now, a dozen items with their sheets, last year's results published, this year's reporting
 * round open with the staff account in 市民活動推進課, the 協働塾 tagged with its item, and two KPIs in the
 * manner of Ashiya's (one entered, one counted from the directory).
 */
@Singleton
class PlanDemoData implements DemoData {

    private final Plans plans;
    private final Items items;
    private final Departments departments;
    private final Rounds rounds;
    private final Kpis kpis;
    private final Facts facts;
    private final ResultRepository results;
    private final AccountsApi accounts;
    private final CityClock clock;

    PlanDemoData(Plans plans, Items items, Departments departments, Rounds rounds, Kpis kpis, Facts facts,
                 ResultRepository results, AccountsApi accounts, CityClock clock) {
        this.plans = plans;
        this.items = items;
        this.departments = departments;
        this.rounds = rounds;
        this.kpis = kpis;
        this.facts = facts;
        this.results = results;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 500;
    }

    private record Sheet(String number, String name, String department, String issue, String purpose, String content,
                         String related, String completion, String result, String mark) {
    }

    @Override
    @Transactional
    public void seed(Map<Role, Long> accountsByRole) {
        long staff = accountsByRole.get(Role.STAFF);
        int now = clock.fiscalYear().startYear();
        int first = now - 2;
        int last = first + 4;
        long planId = plans.create(new PlanForm("第2次協働のまちづくり推進計画", Integer.toString(first), Integer.toString(last),
                "市民、地縁による団体、市民活動団体、事業者、市が、それぞれの役割と責任のもとで協働のまちづくりを進めるための計画です。",
                "推進項目\n施策\n事業", "true"), staff);
        long center = departments.findOrCreate("市民活動推進課", "市民経済環境部").id();
        long planning = departments.findOrCreate("企画課", "総務部").id();
        long general = departments.findOrCreate("総務課", "総務部").id();
        accounts.find(staff).ifPresent(a -> departments.addMember(center, new MemberForm(a.email()), staff));
        Map<String, Long> depts = Map.of("市民活動推進課", center, "企画課", planning, "総務課", general);
        for (String[] heading : new String[][]{{"1", "協働のための環境づくり"}, {"1-(1)", "活動拠点の充実"},
                {"1-(2)", "財政的支援の充実"}, {"2", "協働の担い手づくり"}, {"2-(1)", "担い手の発掘と育成"},
                {"3", "情報の提供と共有"}, {"3-(1)", "情報発信の充実"}, {"4", "市政への参画"}, {"4-(1)", "参画の仕組みづくり"}}) {
            items.save(planId, null, heading(heading[0], heading[1]), staff);
        }
        List<Sheet> sheets = List.of(
                new Sheet("1-(1)-①", "市民活動サポートセンター機能の充実", "市民活動推進課",
                        "市民活動サポートセンターの機能を、相談・情報発信・コーディネートの面で充実させていく必要があります。",
                        "市民活動を支援し、協働によるまちづくりの拠点としての機能を果たします。",
                        "相談対応、情報の収集と発信、コーディネート、人材育成などの支援力を高めます。",
                        "2-(1)-②", "継続",
                        "■まちづくりコーディネーターによる相談を毎月第1・第3水曜日に行いました。\n■ニュースレターを年4回発行しました。", "CONTINUING"),
                new Sheet("1-(2)-①", "市民活動支援補助金の充実", "市民活動推進課",
                        "市民活動を行うためには、資金の確保が課題となります。",
                        "市民や様々な主体が行う自由で自発的な公益活動である市民活動を活性化させます。",
                        "公募型の市民活動支援補助金により財政的援助を行います。公開プレゼンテーションにより審査します。",
                        "", "市民活動団体などが自立した活動が継続できるようになったときに完了とします。",
                        "■審査会を2回開催し、3団体の事業を採択しました。", "ON_TRACK"),
                new Sheet("2-(1)-①", "協働のまちづくり講座の開催", "市民活動推進課",
                        "協働の考え方を次の世代へ継承していくため、講座を充実させる必要があります。",
                        "地域の活動へ参加する意欲を持つ人材を発掘・育成します。",
                        "世代や分野ごとに、実践型の講座を社会福祉協議会などと連携して開催します。",
                        "2-(1)-②", "次の世代に承継されたときに完了とします。",
                        "■団体の資金調達講座（参加者16名）、オンライン会議入門講座（参加者11名）を開催しました。", "CONTINUING"),
                new Sheet("2-(1)-②", "協働塾の開催", "市民活動推進課",
                        "市民活動団体などは担い手不足に悩んでいます。",
                        "市民活動団体などが、継続して自立した活動が行えるようにします。",
                        "会議運営、企画書作成、情報発信、プレゼンテーションを学ぶ塾を開催し、修了者をまちづくりサポーターとして登録します。",
                        "2-(1)-①", "塾修了者が自主的に企画運営を行うようになったときに完了とします。",
                        "■協働塾を4回開催しました（参加者9名、延べ31名）。\n■新たにまちづくりサポーターを7名輩出しました。", "CONTINUING"),
                new Sheet("3-(1)-①", "市民活動の実態及び意向調査", "市民活動推進課",
                        "市内で活動する団体の活動状況を把握しきれていません。",
                        "団体情報を広く公開し、情報を必要とする市民などに提供します。",
                        "市内で活動する全ての団体を調査対象とし、集めた情報をコーディネートに活用します。",
                        "", "継続", "■様式と調査項目を見直して実態及び意向調査を実施しました。", "CONTINUING"),
                new Sheet("4-(1)-①", "パブリックコメント制度の周知", "企画課",
                        "パブリックコメントの意見数が少ない状況です。",
                        "市民の市政に対する参画機会の一つとして制度の活用を促進します。",
                        "ホームページなどで周知方法を工夫し、意見を提出しやすい環境を整えます。",
                        "", "パブリックコメント制度が市民に理解されたときを完了とします。",
                        "■12件の計画策定でパブリックコメントを実施し、28件の意見が寄せられました。", "CONTINUING"),
                new Sheet("4-(1)-②", "職員研修の実施", "総務課",
                        "協働のまちづくりの趣旨を、更に職員に浸透させることが必要です。",
                        "職員研修を充実することにより、意識の向上を図ります。",
                        "職員の内部研修に「協働のまちづくり」の項目を加えます。",
                        "1-(1)-①", "継続", "■市職員を対象に協働のまちづくりに関する研修を実施しました（参加者26名）。", "DONE"));
        // Two passes: related items may name items added after them.
        for (int pass = 0; pass < 2; pass++) {
            for (Sheet s : sheets) {
                Long id = pass == 0 ? null : plans.book(planId).byNumber(s.number()).map(Item::id).orElse(null);
                long saved = items.save(planId, id, new ItemForm(s.number(), null, s.name(), null, s.issue(), s.purpose(),
                        s.content(), pass == 0 || s.related().isEmpty() ? null : s.related(), "市民・地縁による団体・市民活動団体・事業者・市",
                        "市", depts.get(s.department()).toString(), null, null, s.completion(),
                        List.of("実施", "\u2192", "\u2192", "\u2192", "見直し・実施")), staff);
                if (pass == 1) {
                    results.upsertPublished(saved, now - 1, s.result(), s.mark(), "引き続き実施します。", staff, clock.now());
                }
            }
        }
        // 2-(1)-①'s 【再掲】 under 3-(1): the same item listed again.
        items.save(planId, null, new ItemForm("3-(1)-②", null, "協働のまちづくり講座の開催", "2-(1)-①", null, null, null,
                null, null, null, Long.toString(center), null, null, null, List.of()), staff);
        rounds.openRound(planId, new RoundForm(Integer.toString(now), clock.fiscalYear().lastDay().minusDays(30).toString()), staff);
        kpis.save(planId, null, new KpiForm("地域の活動に参加している市民の割合", "%", "35.9", Integer.toString(first - 1), "40.0",
                Integer.toString(last), null, null, "市民意識調査による"), staff);
        kpis.save(planId, null, new KpiForm("登録している市民活動団体の数", "団体", "20", Integer.toString(first - 1),
                "30", Integer.toString(last), "directory.groups", null, "人材・団体情報に登録された団体（承認済み）"), staff);
        long share = kpis.ofPlan(planId).get(0).id();
        kpis.putActual(share, new ActualForm(Integer.toString(first), "36.4"), staff);
        kpis.putActual(share, new ActualForm(Integer.toString(first + 1), "36.8"), staff);
        tagCourse(planId, staff, new FiscalYear(now));
    }

    private static ItemForm heading(String number, String name) {
        return new ItemForm(number, null, name, null, null, null, null, null, null, null, null, null, null, null, List.of());
    }

    /** Tags the demo 協働塾 (an event of this year) with 2-(1)-②. */
    private void tagCourse(long planId, long staff, FiscalYear year) {
        facts.kind("event").ifPresent(events -> events.taggable(year).stream()
                .filter(c -> c.label() != null && c.label().contains("協働塾")).findFirst()
                .ifPresent(c -> plans.book(planId).byNumber("2-(1)-②").ifPresent(item ->
                        facts.tag(item.id(), new TagForm("event", c.value()), staff))));
    }
}
