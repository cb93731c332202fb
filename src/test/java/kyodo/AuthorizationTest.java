package kyodo;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every staff page (every route under a module's role-gated area, found from the router and the
 * modules' permissions classes so new ones are covered without listing them) answers 403 to a
 * citizen and sends an anonymous visitor to the login page (or refuses a post).
 */
@MicronautTest(transactional = false)
class AuthorizationTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;
    @Inject
    TestAccounts accounts;
    @Inject
    kyodo.core.web.PageAccessRule access;

    record Route(HttpMethod method, String path, boolean multipart) {
    }

    private List<Route> adminRoutes() {
        List<Route> routes = new ArrayList<>();
        router.uriRoutes().forEach(info -> {
            UriRouteInfo<?, ?> route = info;
            String pkg = route.getDeclaringType().getPackageName();
            String template = route.getUriMatchTemplate().toString();
            String path = concretePath(template);
            if (!pkg.startsWith("kyodo.") || route.getHttpMethod() == HttpMethod.HEAD || access.areaOf(path).isEmpty()
                    || access.areaOf(path).get().admits(java.util.Set.of(Role.CITIZEN))) {
                return;
            }
            boolean multipart = route.getConsumes().stream().anyMatch(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE));
            routes.add(new Route(route.getHttpMethod(), path, multipart));
        });
        return routes;
    }

    @Test
    void everyAdminRouteIsClosedToCitizensAndAnonymousVisitors() {
        List<Route> routes = adminRoutes();
        assertFalse(routes.isEmpty());
        assertTrue(routes.stream().anyMatch(r -> r.path().equals("/admin/accounts")), "the scan finds admin routes");
        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        WebSession anonymous = WebSession.at(server.getURL());
        List<String> problems = new ArrayList<>();
        for (Route route : routes) {
            int asCitizen = call(citizen, route).status();
            WebSession.Page anon = call(anonymous, route);
            if (asCitizen != 403) {
                problems.add(route + " citizen got " + asCitizen);
            }
            boolean anonRefused = route.method() == HttpMethod.GET
                    ? anon.status() == 303 && anon.location().startsWith("/login")
                    : anon.status() == 403 || anon.status() == 401;
            if (!anonRefused) {
                problems.add(route + " anonymous got " + anon.status() + " " + anon.location());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void managementMenuNeedsAStaffRole() {
        assertEquals(403, accounts.loggedIn(server.getURL(), Role.CITIZEN).get("/manage").status());
        assertEquals(200, accounts.loggedIn(server.getURL(), Role.COORDINATOR).get("/manage").status());
        WebSession.Page anon = WebSession.at(server.getURL()).get("/manage");
        assertEquals(303, anon.status());
        assertEquals("/login?next=%2Fmanage", anon.location());
    }

    @Test
    void staffWithoutAdminCannotManageAccounts() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        assertEquals(403, staff.get("/admin/accounts").status());
        assertEquals(403, staff.get("/admin/audit").status());
        assertTrue(staff.get("/admin/accounts").text().contains("権限がありません"));
    }

    /** A path the route matches: {id} and {id:[0-9]+} become 1, {kind:(people|groups)} its first choice. */
    static String concretePath(String template) {
        String withoutQuery = template.replaceAll("\\{\\?[^}]*}", "");
        java.util.regex.Matcher variable = java.util.regex.Pattern.compile("\\{[^}:]+(?::([^}]*))?}").matcher(withoutQuery);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String regex = variable.group(1);
            String value = "1";
            if (regex != null) {
                String first = regex.replaceAll("^\\(|\\)$", "").split("\\|")[0];
                if (first.matches("[A-Za-z0-9_-]+")) {
                    value = first;
                }
            }
            variable.appendReplacement(path, value);
        }
        variable.appendTail(path);
        return path.toString();
    }

    private static WebSession.Page call(WebSession session, Route route) {
        return switch (route.method()) {
            case GET -> session.get(route.path());
            case POST -> route.multipart() ? session.postMultipart(route.path(), Map.of(), Map.of())
                    : session.post(route.path(), Map.of());
            default -> session.sendJson(route.method().name(), route.path(), "{}");
        };
    }
}
