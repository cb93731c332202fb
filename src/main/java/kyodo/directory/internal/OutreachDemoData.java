package kyodo.directory.internal;

import kyodo.directory.outreach.LectureInput;
import kyodo.directory.outreach.LectureService;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.DemoData;
import kyodo.core.Role;
import kyodo.core.Viewer;
import kyodo.directory.groups.GroupRepository;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A few outreach lectures for the demo city, offered by its approved groups (the demo seeds
 * groups first, with a lower order). With no approved group, nothing is added.
 */
@Singleton
class OutreachDemoData implements DemoData {

    private final GroupRepository groupRows;
    private final LectureService lectures;

    OutreachDemoData(GroupRepository groupRows, LectureService lectures) {
        this.groupRows = groupRows;
        this.lectures = lectures;
    }

    @Override
    public int order() {
        return 260;
    }

    @Override
    @Transactional
    public void seed(Map<Role, Long> accountsByRole) {
        long coordinator = accountsByRole.getOrDefault(Role.COORDINATOR, accountsByRole.values().iterator().next());
        List<Long> groups = groupRows.approvedIds().stream().sorted().limit(3).toList();
        List<LectureInput> samples = List.of(
                new LectureInput("ドローンのしくみと操縦体験",
                        "ドローンが飛ぶしくみをお話しし、屋内用の小型ドローンで操縦を体験します。児童館・学童クラブで実績があります。",
                        List.of("ELEMENTARY", "SECONDARY"), "小学3年生以上", "90", "FREE", null, null,
                        "体育館または広めの部屋（5m×5m以上）、机2台", List.of("SCHOOL", "SOCIAL_EDUCATION"), "市内全域",
                        "5", "30", "on"),
                new LectureInput("はじめての防災 ― 家庭でできる備え",
                        "非常持ち出し袋の中身や、家具の固定など、家庭でできる備えを防災士がお話しします。",
                        List.of("ADULT", "SENIOR"), null, "60", "FREE", null, null, "プロジェクター・スクリーン",
                        List.of("DISASTER", "TOWN"), "市内全域", null, "50", "on"),
                new LectureInput("親子で楽しむわらべうた",
                        "わらべうたや手遊びを親子で楽しみます。子育ての相談にも応じます。",
                        List.of("PRESCHOOL"), "0〜3歳の親子", "45", "PAID", "500", "材料費として1組500円",
                        "マット敷きの部屋", List.of("CHILDCARE", "CULTURE"), "中央地区・北地区", "3", "15", "on"));
        for (int i = 0; i < groups.size(); i++) {
            lectures.create(new Viewer(coordinator, Set.of(Role.COORDINATOR)), groups.get(i), samples.get(i));
        }
    }
}
