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

/**
 * Every page below the home page shows ホーム › section › page (drawn by the layout from the navigation)
 * instead of a single back link: the event, group and program pages in detail, and a walk over the pages
 * each kind of visitor is offered.
 */
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

    @Test
    void everyPageBelowHomeHasATrailEndingInItself() {
        java.util.List<String> problems = new java.util.ArrayList<>();
        int pages = walk(WebSession.at(server.getURL()), "anonymous", problems);
        pages += walk(accounts.loggedIn(server.getURL(), Role.CITIZEN), "citizen", problems);
        pages += walk(accounts.loggedIn(server.getURL(), Role.ADMIN), "admin", problems);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(pages > 60, "walked " + pages + " pages");
    }

    @Test
    void aManagementPageLeadsBackThroughTheManagementMenu() {
        Document page = accounts.loggedIn(server.getURL(), Role.ADMIN).get("/admin/accounts").html();
        Elements links = page.select("nav.breadcrumbs li a");
        assertEquals(java.util.List.of("/", "/manage", "/admin/accounts"), links.eachAttr("href"));
        assertEquals("管理メニュー", links.get(1).text());
    }

    @Test
    void theHomePageHasNoTrail() {
        assertTrue(WebSession.at(server.getURL()).get("/").html().select("nav.breadcrumbs").isEmpty());
    }

    /**
     * Opens the menu, management and footer links and the links on those pages (one level down), and
     * checks each HTML page below home: one trail named パンくずリスト, starting at ホーム, its last item
     * this page marked aria-current="page"; and headings that never skip a level (axe's heading-order, which the
     * browser tests run on the pages they visit).
     */
    private static int walk(WebSession session, String who, java.util.List<String> problems) {
        Document home = session.get("/").html();
        java.util.Set<String> first = new java.util.LinkedHashSet<>(home.select(".main-nav a, .footer-links a, .account-menu a").eachAttr("href"));
        WebSession.Page manage = session.get("/manage");
        if (manage.status() == 200) {
            first.addAll(manage.html().select("main .card-list a").eachAttr("href"));
        }
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        java.util.Deque<String> queue = new java.util.ArrayDeque<>(first);
        int checked = 0;
        while (!queue.isEmpty() && checked < 160) {
            String path = queue.poll();
            if (!path.startsWith("/") || path.startsWith("//") || path.equals("/") || path.contains("?") || path.contains("#")
                    || path.startsWith("/static") || path.contains("logout") || path.endsWith(".csv") || path.endsWith(".pdf")
                    || !seen.add(path)) {
                continue;
            }
            WebSession.Page page = session.get(path);
            String type = page.headers().firstValue("Content-Type").orElse("");
            if (page.status() != 200 || !type.startsWith("text/html")) {
                continue;
            }
            checked++;
            Document doc = page.html();
            int previous = 0;
            for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                if (previous > 0 && level > previous + 1) {
                    problems.add(who + " " + path + ": a heading skips a level, h" + previous + " then h" + level + " " + h.text());
                }
                previous = level;
            }
            Elements navs = doc.select("nav.breadcrumbs");
            if (navs.size() != 1) {
                problems.add(who + " " + path + ": " + navs.size() + " trails");
                continue;
            }
            Element nav = navs.first();
            Elements items = nav.select("ol > li");
            Element last = items.isEmpty() ? null : items.last().selectFirst("a");
            if (!"パンくずリスト".equals(nav.attr("aria-label")) || items.size() < 2
                    || !"/".equals(items.first().selectFirst("a").attr("href"))
                    || last == null || !"page".equals(last.attr("aria-current")) || !path.equals(last.attr("href"))
                    || nav.select("[aria-current]").size() != 1) {
                problems.add(who + " " + path + ": " + nav.outerHtml().replaceAll("\\s+", " "));
            }
            if (first.contains(path)) {
                for (String href : doc.select("main a[href]").eachAttr("href")) {
                    queue.add(href);
                }
            }
        }
        return checked;
    }

    private String group() {
        return kyodo.support.Db.text(dataSource, "SELECT MIN(id) FROM dir_group WHERE status = 'APPROVED'");
    }

    private String program() {
        return kyodo.support.Db.text(dataSource, "SELECT MIN(id) FROM sub_program");
    }

    private static void assertTrail(Document page, String path, String parent, String parentLabel) {
        Element nav = page.selectFirst("nav.breadcrumbs");
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
