package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.WebSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event, group and subsidy program pages show ホーム › section › page instead of a single back link. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BreadcrumbsWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    kyodo.support.TestAccounts accounts;
    @Inject
    java.util.List<DemoData> demoData;
    @Inject
    javax.sql.DataSource dataSource;

    /** The demo city's events, groups and programs, unless another test of this run has seeded them. */
    @BeforeAll
    void seedTheDemoCityIfEmpty() {
        WebSession session = WebSession.at(server.getURL());
        if (!group().isEmpty() && !program().isEmpty()
                && session.get("/events").html().selectFirst("main a[href~=^/events/\\d+$]") != null) {
            return;
        }
        java.util.Map<Role, Long> ids = new java.util.EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            ids.put(role, accounts.create(role).id());
        }
        demoData.stream().sorted(java.util.Comparator.comparingInt(DemoData::order))
                .filter(d -> java.util.List.of("events", "directory", "subsidies").contains(d.getClass().getPackageName().split("\\.")[1]))
                .filter(d -> !d.getClass().getSimpleName().startsWith("Survey"))
                .forEach(d -> d.seed(ids));
    }

    @Test
    void anEventPageHasBreadcrumbs() {
        WebSession session = WebSession.at(server.getURL());
        String href = session.get("/events").html().select("main a[href~=^/events/\\d+$]").first().attr("href");
        assertTrail(session.get(href).html(), href, "/events", "講座・イベント");
    }

    @Test
    void aGroupPageHasBreadcrumbs() {
        WebSession session = WebSession.at(server.getURL());
        String href = "/groups/" + group();
        assertTrail(session.get(href).html(), href, "/groups", null);
    }

    @Test
    void aSubsidyProgramPageHasBreadcrumbs() {
        WebSession session = WebSession.at(server.getURL());
        String href = "/subsidies/programs/" + program();
        assertTrail(session.get(href).html(), href, "/subsidies", null);
    }

    private String group() {
        return kyodo.support.Db.text(dataSource, "SELECT MIN(id) FROM dir_group WHERE status = 'APPROVED'");
    }

    private String program() {
        return kyodo.support.Db.text(dataSource, "SELECT MIN(id) FROM sub_program");
    }

    private static void assertTrail(Document page, String path, String parent, String parentLabel) {
        Element nav = page.selectFirst("main nav.breadcrumbs");
        assertNotNull(nav, "breadcrumbs on " + path);
        assertEquals("パンくずリスト", nav.attr("aria-label"));
        Elements items = nav.select("ol > li");
        assertEquals(3, items.size());
        assertEquals("/", items.get(0).selectFirst("a").attr("href"));
        assertEquals("ホーム", items.get(0).text());
        assertEquals(parent, items.get(1).selectFirst("a").attr("href"));
        if (parentLabel != null) {
            assertEquals(parentLabel, items.get(1).text());
        }
        Element last = items.get(2).selectFirst("a");
        assertEquals("page", last.attr("aria-current"));
        assertEquals(page.selectFirst("main h1").text(), last.text());
        assertTrue(nav.select("[aria-current]").size() == 1);
    }
}
