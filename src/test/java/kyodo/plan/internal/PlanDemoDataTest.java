package kyodo.plan.internal;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.Db;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo city's plan passes the forms' checks and its pages open: the tree, a sheet, the KPIs, the open round. */
@MicronautTest(transactional = false)
class PlanDemoDataTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    PlanDemoData demo;
    @Inject
    DataSource dataSource;

    @Test
    void theDemoPlanIsSeededAndReadable() {
        TestAccount staff = accounts.create(Role.STAFF);
        TestAccount citizen = accounts.create(Role.CITIZEN);
        demo.seed(Map.of(Role.STAFF, staff.id(), Role.CITIZEN, citizen.id()));
        long plan = Db.count(dataSource, "SELECT MAX(id) FROM pln_plan WHERE name = '第2次協働のまちづくり推進計画'");
        assertEquals(17, Db.count(dataSource, "SELECT COUNT(*) FROM pln_item WHERE plan_id = ?", plan));
        assertEquals(2, Db.count(dataSource, "SELECT COUNT(*) FROM pln_kpi WHERE plan_id = ?", plan));
        WebSession visitor = WebSession.at(server.getURL());
        WebSession.Page tree = visitor.get("/plan/" + plan);
        assertEquals(200, tree.status());
        assertTrue(tree.text().contains("協働塾の開催") && tree.text().contains("職員研修の実施"), tree.text());
        assertEquals(200, visitor.get("/plan/" + plan + "/kpis").status());
        assertEquals(200, visitor.get("/plan/" + plan + "/report").status());
        long item = Db.count(dataSource, "SELECT id FROM pln_item WHERE plan_id = ? AND number = '3-(1)-②'", plan);
        assertTrue(visitor.get("/plan/" + plan + "/items/" + item).text().contains("【再掲】"));
        WebSession.Page mine = accounts.logIn(server.getURL(), staff).get("/plan/department");
        assertTrue(mine.text().contains("1-(1)-① 市民活動サポートセンター機能の充実"), mine.text());
        assertTrue(visitor.get("/").text().contains("協働のまちづくり推進計画"));
    }
}
