package kyodo.plan;

import jakarta.inject.Singleton;
import kyodo.support.Db;
import kyodo.support.WebSession;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plans as plan staff make them through the staff pages, and the CSV test data. */
@Singleton
public class PlanFixture {

    private final DataSource dataSource;

    public PlanFixture(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A plan made on the staff page; returns its id. */
    public long plan(WebSession staff, String name, int first, int last, boolean published) {
        return plan(staff, name, first, last, published, "推進項目\n施策\n事業");
    }

    /** A plan with its own level names, one per line (Furano: コンセプト, 重点政策). */
    public long plan(WebSession staff, String name, int first, int last, boolean published, String levels) {
        WebSession.Page created = staff.post("/admin/plan", Map.of("name", name, "firstYear", Integer.toString(first),
                "lastYear", Integer.toString(last), "levels", levels, "published", published ? "true" : ""));
        assertEquals(303, created.status(), created.text());
        String location = created.location();
        assertTrue(location.matches("/admin/plan/\\d+"), location);
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Tomisato's plan (H28–R2) with its FY2020 sheets imported from the test data. */
    public long tomisato(WebSession staff) {
        long plan = plan(staff, unique("富里市協働のまちづくり推進計画"), 2016, 2020, true);
        WebSession.Page imported = importCsv(staff, plan, resource("plan/tomisato-fy2020.csv"));
        assertEquals(303, imported.status(), imported.text());
        return plan;
    }

    public WebSession.Page importCsv(WebSession staff, long plan, byte[] csv) {
        return staff.postMultipart("/admin/plan/" + plan + "/import", Map.of(),
                Map.of("file", new WebSession.FilePart("sheets.csv", "text/csv", csv)));
    }

    public long item(long plan, String number) {
        return Db.count(dataSource, "SELECT id FROM pln_item WHERE plan_id = ? AND number = ?", plan, number);
    }

    public long count(String sql, Object... args) {
        return Db.count(dataSource, sql, args);
    }

    public String text(String sql, Object... args) {
        return Db.text(dataSource, sql, args);
    }

    public long insert(String sql, Object... args) {
        return Db.insert(dataSource, sql, args);
    }

    public static byte[] resource(String path) {
        try (InputStream in = PlanFixture.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
