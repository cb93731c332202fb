package kyodo.voices.comments;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.DemoData;
import kyodo.core.Role;
import kyodo.voices.internal.DepartmentRepository;
import kyodo.voices.internal.Receipts;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo city's public comments: FY2020 as Tomisato's report counts it (12 plans, 28 opinions, every result
 * published with 意見の概要と市の考え方), and this year's draft of the next collaboration plan, open for comment.
 */
@Singleton
class CommentsDemoData implements DemoData {

    /** A past draft: title, department, period, opinions (as typed by residents) and the city's answer. */
    private record Past(String title, String department, LocalDate opens, String summary, List<String> opinions,
                        String groupSummary, String response, boolean changed, String changes) {
    }

    private static final List<String> NAMES = List.of("佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健太", "伊藤 直子",
            "渡辺 誠", "山本 由美", "中村 大輔", "小林 恵", "加藤 翔", "吉田 和子", "山田 浩二");

    private static final List<Past> FY2020 = List.of(
            new Past("第2次協働のまちづくり推進計画（案）", "市民活動推進課", LocalDate.of(2021, 1, 6),
                    "協働のまちづくり条例に基づき、令和3年度からの5年間に市民・団体・事業者・市が取り組む協働の施策をまとめた計画の案です。",
                    List.of("市民活動団体の担い手が高齢化しています。若い世代が参加しやすい仕組みを計画に入れてほしい。",
                            "サポートセンターの相談時間を夜間や休日にも広げてほしい。",
                            "協働事業の成果を市民に分かりやすく公表してほしい。",
                            "地区ごとの地域づくり協議会への支援を具体的に書いてほしい。",
                            "補助金の申請書類をもっと簡単にしてほしい。"),
                    "担い手の確保、相談体制、成果の公表などについての意見",
                    "若い世代の参加促進を施策2-(1)に加え、相談体制と成果の公表は推進委員会で検討しながら進めます。",
                    true, "施策2-(1)に「若い世代の参加のきっかけづくり」を加えました。"),
            new Past("第2期子ども・子育て支援事業計画（中間見直し案）", "子育て支援課", LocalDate.of(2020, 11, 2),
                    "保育の量の見込みと確保の方策について、計画期間の中間年の見直しを行う案です。",
                    List.of("学童保育の定員を増やしてほしい。", "病児保育の施設を市の北部にも設けてほしい。",
                            "子育て支援センターの土曜日の開所を続けてほしい。", "保育士の確保策を具体的に示してほしい。"),
                    "保育の受け皿と支援施設についての意見",
                    "学童保育は令和4年度までに2か所増やす計画です。病児保育と保育士の確保は、今後の検討課題とします。",
                    false, "修正はありません。"),
            new Past("第8期高齢者福祉計画・介護保険事業計画（案）", "高齢者福祉課", LocalDate.of(2020, 12, 15),
                    "令和3年度から5年度までの高齢者福祉の施策と介護保険事業の見込みをまとめた計画の案です。",
                    List.of("介護予防の体操教室を地区の集会所でも開いてほしい。", "認知症の方の見守りに地域の団体が参加できる仕組みがほしい。",
                            "介護保険料の引き上げは最小限にしてほしい。"),
                    "介護予防・見守り・保険料についての意見",
                    "地区での介護予防教室は、地域の団体と協働して開催を広げます。保険料は基金を活用して上昇を抑えます。",
                    true, "「地域の団体との協働による見守り」を施策に加えました。"),
            new Past("第2次環境基本計画（案）", "環境保全課", LocalDate.of(2020, 9, 1),
                    "脱炭素と資源循環に向けた市の環境施策の方向をまとめた計画の案です。",
                    List.of("ごみの分別を分かりやすくしてほしい。", "市民団体の清掃活動を計画で位置付けてほしい。",
                            "公共施設に太陽光発電を導入してほしい。"),
                    "ごみ・清掃活動・再生可能エネルギーについての意見",
                    "清掃活動を行う市民団体との協働を重点施策に位置付けます。分別の案内は令和3年度に見直します。",
                    true, "重点施策3に「市民団体との協働による環境美化」を加えました。"),
            new Past("都市計画マスタープラン（改定案）", "都市計画課", LocalDate.of(2020, 10, 1),
                    "おおむね20年後の都市の姿と、土地利用・交通・市街地整備の方針を示す計画の改定案です。",
                    List.of("駅周辺の歩道を広げてほしい。", "空き家の活用を進めてほしい。", "公共交通の空白地域をなくしてほしい。"),
                    "歩行空間・空き家・公共交通についての意見",
                    "歩行空間の確保と空き家の活用は、地域別構想に反映しました。公共交通は地域公共交通計画で検討します。",
                    true, "地域別構想に空き家・空き店舗の活用の方針を加えました。"),
            new Past("地域防災計画（修正案）", "防災課", LocalDate.of(2021, 1, 12),
                    "感染症に配慮した避難所の運営などを加えた地域防災計画の修正案です。",
                    List.of("避難所での感染症対策の備蓄を増やしてほしい。", "自主防災組織への支援を充実してほしい。"),
                    "避難所運営と自主防災組織についての意見",
                    "備蓄品の計画に感染症対策の物資を加えました。自主防災組織への補助は引き続き行います。",
                    true, "備蓄計画に感染症対策の物資を加えました。"),
            new Past("第3次健康増進計画（案）", "健康づくり課", LocalDate.of(2021, 2, 1),
                    "市民の健康寿命を延ばすための取組をまとめた計画の案です。",
                    List.of("ウォーキングのコースを増やしてほしい。", "働く世代の健診の受診率を上げる工夫がほしい。"),
                    "運動の機会と健診についての意見",
                    "ウォーキングコースは地域の団体と協働して整備します。健診は休日の実施日を増やします。",
                    false, "修正はありません。"),
            new Past("障害者計画・第6期障害福祉計画（案）", "障害福祉課", LocalDate.of(2020, 12, 1),
                    "障害のある方の地域での暮らしを支える施策とサービスの見込みをまとめた計画の案です。",
                    List.of("グループホームを増やしてほしい。", "災害時の支援の仕組みを具体的にしてほしい。"),
                    "住まいと災害時の支援についての意見",
                    "グループホームの整備を支援します。災害時の個別避難計画の作成を計画に明記しました。",
                    true, "個別避難計画の作成を施策に明記しました。"),
            new Past("公共施設等総合管理計画（改訂案）", "財政課", LocalDate.of(2020, 8, 3),
                    "公共施設の更新・統廃合・長寿命化の方針をまとめた計画の改訂案です。",
                    List.of("公民館の統廃合は地域の意見を聞いてから進めてほしい。"),
                    "施設の統廃合の進め方についての意見",
                    "個別施設の方針を決める際には、地域への説明と意見交換を行います。",
                    false, "修正はありません。"),
            new Past("第2期まち・ひと・しごと創生総合戦略（案）", "企画課", LocalDate.of(2020, 6, 1),
                    "人口減少への対応と地域の活性化に向けた令和2年度からの戦略の案です。",
                    List.of("関係人口を増やす取組を入れてほしい。"),
                    "関係人口についての意見",
                    "ふるさと応援寄附金の寄附者との交流などを、関係人口の創出として位置付けました。",
                    true, "基本目標4に関係人口の創出を加えました。"),
            new Past("第3次男女共同参画計画（案）", "男女共同参画課", LocalDate.of(2021, 1, 18),
                    "男女が共に活躍できる地域と職場づくりの施策をまとめた計画の案です。",
                    List.of("審議会の女性委員の割合の目標を高くしてほしい。"),
                    "審議会等への女性の参画についての意見",
                    "審議会等の女性委員の割合の目標を40％とし、公募委員の募集でも参加を呼びかけます。",
                    false, "修正はありません。"),
            new Past("第3次地域福祉計画（案）", "社会福祉課", LocalDate.of(2021, 2, 8),
                    "地域で支え合う仕組みづくりを進めるための計画の案です。",
                    List.of("民生委員の負担を軽くする工夫をしてほしい。"),
                    "地域の支え合いの担い手についての意見",
                    "民生委員と地域の団体、ボランティアが役割を分担できるよう、コーディネーターが支援します。",
                    false, "修正はありません。"));

    private final CommentRepositories.Drafts drafts;
    private final CommentRepositories.Sections sections;
    private final CommentRepositories.Documents documents;
    private final CommentRepositories.Opinions opinions;
    private final CommentRepositories.Groups groups;
    private final DepartmentRepository departments;
    private final CityClock clock;

    CommentsDemoData(CommentRepositories.Drafts drafts, CommentRepositories.Sections sections,
                     CommentRepositories.Documents documents, CommentRepositories.Opinions opinions,
                     CommentRepositories.Groups groups, DepartmentRepository departments, CityClock clock) {
        this.drafts = drafts;
        this.sections = sections;
        this.documents = documents;
        this.opinions = opinions;
        this.groups = groups;
        this.departments = departments;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 610;
    }

    static byte[] pdf(String title) {
        return ("%PDF-1.4\n% " + title + "\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private long department(String name) {
        return departments.findByName(name).orElseThrow().id();
    }

    @Override
    @Transactional
    public void seed(Map<Role, Long> accountsByRole) {
        Long staff = accountsByRole.get(Role.STAFF);
        if (staff == null || departments.findByName("企画課").isEmpty() || drafts.existsByTitle(FY2020.get(0).title())) {
            return; // no staff or departments, or seeded already
        }
        int person = 0;
        for (Past p : FY2020) {
            LocalDate closes = p.opens().plusDays(Draft.USUAL_DAYS - 1);
            Draft d = drafts.save(new Draft(null, p.title(), department(p.department()), p.summary(), p.opens(), closes,
                    "RESIDENT,COMMUTER,BUSINESS,STAKEHOLDER", false, null, Draft.Status.PUBLISHED, null, staff,
                    p.opens().minusDays(14).atTime(10, 0), staff, p.opens().minusDays(7).atTime(10, 0), null, null));
            documents.save(new Document(null, d.id(), p.title() + ".pdf", pdf(p.title()).length, pdf(p.title()), staff,
                    p.opens().minusDays(7).atTime(9, 0)));
            OpinionGroup g = groups.save(new OpinionGroup(null, d.id(), 1, null, p.groupSummary(), p.response(), p.changed(),
                    staff, closes.plusDays(20).atTime(10, 0)));
            for (int i = 0; i < p.opinions().size(); i++) {
                String name = NAMES.get(person++ % NAMES.size());
                String address = "さくら市中央" + (person % 5 + 1) + "丁目" + (person % 20 + 1) + "番";
                opinions.add(d.id(), Receipts.token(), null, p.opinions().get(i), name, address, "RESIDENT", null,
                        i % 3 == 2 ? Opinion.Channel.PAPER.name() : Opinion.Channel.WEB.name(),
                        Receipts.fingerprint(name, address, p.opinions().get(i)), p.opens().plusDays(3 + i * 4L).atTime(19, 30));
            }
            List<Long> ids = opinions.ofDraft(d.id()).stream().map(Opinion::id).toList();
            opinions.assign(d.id(), ids, g.id());
            drafts.publishResult(d.id(), p.changes(), staff, closes.plusDays(45).atTime(10, 0));
        }

        // This year: the draft of the next plan, open for comment now.
        LocalDate today = clock.today();
        Draft open = drafts.save(new Draft(null, "第3次協働のまちづくり推進計画（素案）", department("市民活動推進課"),
                "第2次計画の5年間の取組を振り返り、これからの協働のまちづくりの基本方針と施策をまとめた素案です。"
                        + "市民活動の担い手づくり、情報の見える化、市政への参画の機会の拡充を柱としています。",
                today.minusDays(5), today.plusDays(24), "RESIDENT,COMMUTER,BUSINESS,STAKEHOLDER", false, null,
                Draft.Status.PUBLISHED, null, staff, today.minusDays(20).atTime(10, 0), staff, today.minusDays(6).atTime(10, 0),
                null, null));
        documents.save(new Document(null, open.id(), "第3次協働のまちづくり推進計画（素案）.pdf", pdf("plan").length, pdf("plan"),
                staff, today.minusDays(6).atTime(9, 0)));
        documents.save(new Document(null, open.id(), "素案の概要版.pdf", pdf("outline").length, pdf("outline"), staff,
                today.minusDays(6).atTime(9, 5)));
        for (String label : List.of("第1章 計画の策定にあたって", "第2章 協働のまちづくりの現状と課題", "第3章 基本方針と施策",
                "第4章 計画の推進")) {
            sections.save(new Section(null, open.id(), sections.nextPosition(open.id()), label));
        }
        Long citizen = accountsByRole.get(Role.CITIZEN);
        opinions.add(open.id(), Receipts.token(), null, "まちかど市長室のような、市民が直接話せる機会を計画に入れてください。",
                "鈴木 一郎", "さくら市北町2丁目", "RESIDENT", citizen, Opinion.Channel.WEB.name(),
                Receipts.fingerprint("demo-open-1"), today.minusDays(2).atTime(21, 0));
    }
}
