package kyodo.directory.internal;

import kyodo.directory.board.PostInput;
import kyodo.directory.board.PostService;
import kyodo.directory.groups.Group;
import kyodo.directory.groups.GroupInput;
import kyodo.directory.groups.GroupService;
import kyodo.directory.volunteers.VolunteerInput;
import kyodo.directory.volunteers.VolunteerService;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.DemoData;
import kyodo.core.Role;

import java.util.List;
import java.util.Map;

/**
 * The demo city's groups, volunteers and board. Most groups come as if from the center's
 * spreadsheet (approved, no portal representative); the demo citizen represents one group,
 * is a volunteer, and has a request on the board, so every citizen page has something to show.
 */
@Singleton
class DirectoryDemoData implements DemoData {

    private final GroupService groups;
    private final VolunteerService volunteers;
    private final PostService posts;
    private final CityClock clock;

    DirectoryDemoData(GroupService groups, VolunteerService volunteers, PostService posts, CityClock clock) {
        this.clock = clock;
        this.groups = groups;
        this.volunteers = volunteers;
        this.posts = posts;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    @Transactional
    public void seed(Map<Role, Long> accountsByRole) {
        long coordinator = accountsByRole.getOrDefault(Role.COORDINATOR, accountsByRole.values().iterator().next());
        Long citizen = accountsByRole.get(Role.CITIZEN);

        groups.insert(group("さくらドローンクラブ", "サクラドローンクラブ", "CIRCLE", "中央地区", "さくら小学校区",
                "ドローンの安全な飛ばし方を学び、児童館や学校で操縦体験会を開いています。", List.of("SCHOOL", "SOCIAL_EDUCATION")),
                Group.Status.APPROVED, coordinator);
        groups.insert(group("NPO法人さくら防災ネット", "サクラボウサイネット", "NPO", "市内全域", null,
                "防災士を中心に、家庭や地域の備えを広める講座と避難所運営の訓練を行っています。", List.of("DISASTER", "TOWN")),
                Group.Status.APPROVED, coordinator);
        if (citizen != null) {
            long own = groups.register(citizen, group("さくら子育てネットワーク", "サクラコソダテネットワーク", "CIVIC",
                    "北地区", "さくら北小学校区", "子育て中の親子が集うひろばを毎週開き、わらべうたの会や相談会を行っています。",
                    List.of("CHILDCARE", "CULTURE")));
            groups.approve(coordinator, own);
        }
        groups.insert(group("緑町自治会", "ミドリチョウジチカイ", "NEIGHBORHOOD", "南地区", "緑小学校区",
                "夏祭り、防犯パトロール、ごみステーションの管理など、緑町の暮らしを支えています。", List.of("CRIME_PREVENTION", "TOWN")),
                Group.Status.APPROVED, coordinator);
        groups.insert(group("さくら川をきれいにする会", "サクラガワヲキレイニスルカイ", "CIVIC", "東地区", null,
                "毎月第2日曜日に河川敷の清掃と生き物観察会を行っています。", List.of("ENVIRONMENT")),
                Group.Status.APPROVED, coordinator);

        volunteers.insert(null, volunteer("山田 花子", "ヤマダ ハナコ", "パソコン指導、チラシ作り", "TOWN", "MON_AM", "WED_AM"),
                clock.now());
        volunteers.insert(null, volunteer("佐藤 一郎", "サトウ イチロウ", "大工仕事、草刈り、運転", "ENVIRONMENT", "SAT_AM", "SUN_AM"),
                clock.now());
        volunteers.insert(null, volunteer("鈴木 美咲", "スズキ ミサキ", "手話、読み聞かせ", "CHILDCARE", "TUE_PM", "THU_PM"),
                clock.now());
        if (citizen != null) {
            volunteers.saveOwn(citizen, volunteer("市民 花子", "シミン ハナコ", "写真撮影、英語", "TOURISM", "SAT_PM", "SUN_PM"));
            long request = posts.create(citizen, new PostInput("REQUEST", "HELP", "子育てひろばの設営を手伝ってください",
                    "毎週水曜日の子育てひろばで、マットや遊具の設営と片付けを手伝ってくださる方を探しています。",
                    null, "水曜日 9:30〜12:00", List.of("WED_AM"), "北地区公民館", "さくら北小学校区", "北地区",
                    "設営、子どもの見守り", List.of("CHILDCARE"), "2", null, null, null,
                    clock.today().plusDays(60).toString(), null));
            posts.approve(coordinator, request);
        }
        long house = posts.create(coordinator, new PostInput("OFFER", "PROPERTY", "空き家をお貸しします（緑町）",
                "木造2階建ての空き家です。地域の集いの場として使っていただける団体を探しています。", null, null, List.of(),
                "緑町2丁目", "緑小学校区", "南地区", null, List.of("TOWN"), null, "VACANT_HOUSE",
                "地域のために使ってもらえるなら、家賃は相談に応じます。", null, null, null));
        posts.approve(coordinator, house);
    }

    private static GroupInput group(String name, String kana, String type, String area, String district,
                                    String description, List<String> fields) {
        return new GroupInput(name, kana, type, area, district, "2015", "20", description, "毎月第2・第4土曜日",
                area + "の公民館", "さくら市市民活動サポートセンター気付", null, null, null, fields);
    }

    private static VolunteerInput volunteer(String name, String kana, String skills, String field, String... slots) {
        // Contact by post: a made-up address of the demo city.
        return new VolunteerInput(name, kana, null, null, "100-0001", "さくら市中央1丁目1-1", "POST", skills, null, List.of(field), List.of(slots),
                "中央地区", null, "on");
    }
}
