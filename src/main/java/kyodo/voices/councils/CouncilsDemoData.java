package kyodo.voices.councils;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.DemoData;
import kyodo.core.Role;
import kyodo.voices.internal.DepartmentRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo city's councils: 16 with citizen members, 53 of them in FY2020 (as Tomisato's report counts them),
 * today's members, and a call for two citizen members of the collaboration committee open now.
 */
@Singleton
class CouncilsDemoData implements DemoData {

    private record Body(String name, String department, int seats, int citizenSeats, int fy2020Members) {
    }

    private static final List<Body> COUNCILS = List.of(
            new Body("協働のまちづくり推進委員会", "市民活動推進課", 10, 3, 3),
            new Body("総合計画審議会", "企画課", 20, 4, 4),
            new Body("都市計画審議会", "都市計画課", 15, 2, 2),
            new Body("子ども・子育て会議", "子育て支援課", 15, 5, 5),
            new Body("高齢者福祉計画策定委員会", "高齢者福祉課", 12, 3, 3),
            new Body("障害者施策推進協議会", "障害福祉課", 12, 3, 3),
            new Body("地域福祉計画推進委員会", "社会福祉課", 12, 4, 4),
            new Body("健康づくり推進協議会", "健康づくり課", 12, 3, 3),
            new Body("環境審議会", "環境保全課", 15, 4, 4),
            new Body("廃棄物減量等推進審議会", "環境保全課", 12, 3, 3),
            new Body("防災会議", "防災課", 30, 2, 2),
            new Body("社会教育委員会議", "生涯学習課", 10, 3, 3),
            new Body("図書館協議会", "生涯学習課", 10, 4, 4),
            new Body("男女共同参画推進審議会", "男女共同参画課", 12, 4, 4),
            new Body("観光振興計画策定委員会", "商工観光課", 12, 3, 3),
            new Body("農業振興地域整備促進協議会", "農政課", 12, 3, 3));

    private static final List<String> NAMES = List.of("青木", "石井", "上田", "遠藤", "大野", "岡本", "金子", "川口", "菊地",
            "木村", "工藤", "小松", "斉藤", "坂本", "島田", "杉山");

    private final CouncilRepositories.Councils councils;
    private final CouncilRepositories.Members members;
    private final CouncilRepositories.Recruitments recruitments;
    private final DepartmentRepository departments;
    private final CityClock clock;

    CouncilsDemoData(CouncilRepositories.Councils councils, CouncilRepositories.Members members,
                     CouncilRepositories.Recruitments recruitments, DepartmentRepository departments, CityClock clock) {
        this.councils = councils;
        this.members = members;
        this.recruitments = recruitments;
        this.departments = departments;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 630;
    }

    @Override
    @Transactional
    public void seed(Map<Role, Long> accountsByRole) {
        Long staff = accountsByRole.get(Role.STAFF);
        if (staff == null || departments.findByName("企画課").isEmpty() || councils.findByName(COUNCILS.get(0).name()).isPresent()) {
            return; // no staff or departments, or seeded already
        }
        LocalDate today = clock.today();
        int n = 0;
        Long committee = null;
        for (Body b : COUNCILS) {
            long department = departments.findByName(b.department()).orElseThrow().id();
            Council c = councils.save(new Council(null, b.name(), department, null, b.seats(), b.citizenSeats(), staff,
                    clock.now()));
            if (committee == null) {
                committee = c.id();
            }
            for (int i = 0; i < b.fy2020Members(); i++) {
                boolean earlierTerm = i % 2 == 0;
                LocalDate starts = earlierTerm ? LocalDate.of(2019, 7, 1) : LocalDate.of(2020, 10, 1);
                members.save(new CouncilMember(null, c.id(), null, NAMES.get(n++ % NAMES.size()) + "　委員", starts,
                        starts.plusYears(2).minusDays(1), staff, clock.now()));
            }
            for (int i = 0; i < Math.min(2, b.citizenSeats()); i++) {
                LocalDate starts = today.minusMonths(6 + i);
                members.save(new CouncilMember(null, c.id(), null, NAMES.get(n++ % NAMES.size()) + "　委員", starts,
                        starts.plusYears(2).minusDays(1), staff, clock.now()));
            }
        }
        recruitments.save(new Recruitment(null, committee, 1,
                "市内に住所を有する18歳以上の方で、平日の昼間に年4回程度の会議に出席できる方（市の他の審議会等の委員、市の職員を除く）",
                "わたしが考える協働のまちづくり", 800, today.minusDays(3), today.plusDays(27), today.plusDays(60),
                today.plusDays(60).plusYears(2).minusDays(1), Recruitment.Status.OPEN, staff, clock.now(), null, null));
    }
}
