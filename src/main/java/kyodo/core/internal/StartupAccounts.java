package kyodo.core.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import kyodo.core.DemoData;
import kyodo.core.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * On start: creates the first administrator from configuration (KYODO_ADMIN_EMAIL and
 * KYODO_ADMIN_PASSWORD, or --kyodo.admin.email=... on the command line) if no account has
 * that address, and seeds the demo city once when kyodo.demo is true.
 */
@Singleton
class StartupAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(StartupAccounts.class);
    static final String DEMO_PASSWORD = "kyodo-demo-2026";
    static final Map<Role, String[]> DEMO_ACCOUNTS = Map.of(
            Role.CITIZEN, new String[]{"citizen@example.jp", "市民 花子", "シミン ハナコ"},
            Role.COORDINATOR, new String[]{"coordinator@example.jp", "調整 太郎", "チョウセイ タロウ"},
            Role.REVIEWER, new String[]{"reviewer@example.jp", "審査 次郎", "シンサ ジロウ"},
            Role.STAFF, new String[]{"staff@example.jp", "職員 三郎", "ショクイン サブロウ"},
            Role.ADMIN, new String[]{"admin@example.jp", "管理 四郎", "カンリ シロウ"});

    private final AccountService accounts;
    private final List<DemoData> demoData;
    private final String adminEmail;
    private final String adminPassword;
    private final boolean demo;

    StartupAccounts(AccountService accounts, List<DemoData> demoData,
                    @Value("${kyodo.admin.email:}") String adminEmail,
                    @Value("${kyodo.admin.password:}") String adminPassword,
                    @Value("${kyodo.demo:false}") boolean demo) {
        this.accounts = accounts;
        this.demoData = demoData;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.demo = demo;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        createFirstAdmin();
        if (demo) {
            seedDemoCity();
        }
    }

    void createFirstAdmin() {
        if (adminEmail.isBlank() || adminPassword.isBlank()) {
            return;
        }
        if (accounts.findIdByEmail(adminEmail).isPresent()) {
            return;
        }
        accounts.create(adminEmail, "管理者", "カンリシャ", adminPassword, null, null, Set.of(Role.ADMIN));
        LOG.info("Created the first administrator {}", adminEmail);
    }

    void seedDemoCity() {
        if (accounts.findIdByEmail(DEMO_ACCOUNTS.get(Role.ADMIN)[0]).isPresent()) {
            return;
        }
        Map<Role, Long> ids = new EnumMap<>(Role.class);
        DEMO_ACCOUNTS.forEach((role, fields) -> ids.put(role,
                accounts.create(fields[0], fields[1], fields[2], DEMO_PASSWORD, "中央地区", "中央小学校区", Set.of(role))));
        demoData.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(d -> d.seed(ids));
        LOG.info("Seeded the demo city: log in as admin@example.jp (and citizen@, coordinator@, reviewer@, staff@) "
                + "with the password {}", DEMO_PASSWORD);
    }
}
