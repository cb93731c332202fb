package kyodo.voices.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.DemoData;
import kyodo.core.Role;

import java.util.List;
import java.util.Map;

/**
 * The demo city's departments: 企画課 and 秘書広報課 coordinate citizen participation (the demo staff member
 * works in both and in 市民活動推進課, the administrator approves replies in the coordinating ones), and the
 * departments that run plans, councils and questionnaires.
 */
@Singleton
class DepartmentsDemoData implements DemoData {

    static final List<String> COORDINATING = List.of("企画課", "秘書広報課");
    static final List<String> OTHERS = List.of("市民活動推進課", "都市計画課", "子育て支援課", "高齢者福祉課", "障害福祉課",
            "社会福祉課", "健康づくり課", "環境保全課", "道路河川課", "防災課", "生涯学習課", "商工観光課", "農政課", "教育総務課",
            "男女共同参画課", "財政課");

    private final DepartmentRepository departments;
    private final CityClock clock;

    DepartmentsDemoData(DepartmentRepository departments, CityClock clock) {
        this.departments = departments;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    @Transactional
    public void seed(Map<Role, Long> accountsByRole) {
        Long staff = accountsByRole.get(Role.STAFF);
        Long admin = accountsByRole.get(Role.ADMIN);
        long by = admin != null ? admin : staff != null ? staff : 0L;
        // Seeding again (another start with the demo on) adds only what is missing.
        for (String name : COORDINATING) {
            if (departments.findByName(name).isEmpty()) {
                departments.save(new Department(null, name, true, by, clock.now()));
            }
        }
        for (String name : OTHERS) {
            if (departments.findByName(name).isEmpty()) {
                departments.save(new Department(null, name, false, by, clock.now()));
            }
        }
        if (staff != null) {
            for (String name : List.of("企画課", "秘書広報課", "市民活動推進課")) {
                departments.addMember(departments.findByName(name).orElseThrow().id(), staff, name.equals("市民活動推進課"),
                        by, clock.now());
            }
        }
        if (admin != null) {
            for (String name : COORDINATING) {
                departments.addMember(departments.findByName(name).orElseThrow().id(), admin, true, by, clock.now());
            }
        }
    }
}
