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

    /**
     * Every route of the router (not a list kept by hand), for an anonymous visitor and each role:
     * where a module's area refuses the role, 403 (an anonymous visitor goes to the login page);
     * where it needs a login, the anonymous visitor is refused; and nowhere a 5xx.
     */
    @Test
    void everyRouteAnswersEveryRoleAsItsAreaSays() {
        Map<String, WebSession> sessions = new java.util.LinkedHashMap<>();
        sessions.put("anonymous", WebSession.at(server.getURL()));
        for (Role role : Role.values()) {
            sessions.put(role.name(), accounts.loggedIn(server.getURL(), role));
        }
        List<String> problems = new ArrayList<>();
        Map<String, Integer> byOutcome = new java.util.TreeMap<>();
        int requests = 0;
        for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
            // Logging out would end the session the rest of the walk uses; its own test covers it.
            if (!route.getDeclaringType().getPackageName().startsWith("kyodo.") || route.getHttpMethod() == HttpMethod.HEAD
                    || route.getHttpMethod() == HttpMethod.OPTIONS || route.getUriMatchTemplate().toString().equals("/logout")) {
                continue;
            }
            String path = concretePath(route.getUriMatchTemplate().toString());
            boolean multipart = route.getConsumes().stream().anyMatch(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE));
            Route r = new Route(route.getHttpMethod(), path, multipart);
            var area = access.areaOf(path);
            List<String> secured = java.util.Arrays.asList(route.getAnnotationMetadata().stringValues(
                    io.micronaut.security.annotation.Secured.class));
            boolean needsLogin = area.isPresent() || secured.contains(io.micronaut.security.rules.SecurityRule.IS_AUTHENTICATED);
            for (Map.Entry<String, WebSession> who : sessions.entrySet()) {
                WebSession.Page page = call(who.getValue(), r);
                requests++;
                int status = page.status();
                String expected;
                if (status >= 500) {
                    problems.add(r + " as " + who.getKey() + " answered " + status);
                    continue;
                }
                boolean anonymous = who.getKey().equals("anonymous");
                boolean toLogin = status == 303 && page.location() != null && page.location().startsWith("/login");
                if (anonymous && needsLogin) {
                    expected = "refused";
                    if (!(toLogin || status == 401 || status == 403)) {
                        problems.add(r + " anonymous got " + status + " (a login is needed)");
                    }
                } else if (!anonymous && area.isPresent() && !area.get().admits(java.util.EnumSet.of(Role.valueOf(who.getKey()), Role.CITIZEN))) {
                    expected = "refused";
                    if (status != 403) {
                        problems.add(r + " as " + who.getKey() + " got " + status + " (its area admits " + area.get().roles() + ")");
                    }
                } else {
                    expected = "admitted";
                    if (toLogin && !anonymous) {
                        problems.add(r + " as " + who.getKey() + " was sent to the login page");
                    }
                }
                byOutcome.merge(expected + " " + status, 1, Integer::sum);
            }
        }
        System.out.printf("role x URL: %d requests, by expectation and status %s%n", requests, byOutcome);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
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
        if (route.path().startsWith("/api/")) {
            return session.sendJson(route.method().name(), route.path(), route.method() == HttpMethod.GET ? null : "{}");
        }
        return switch (route.method()) {
            case GET -> session.get(route.path());
            case POST -> route.multipart() ? session.postMultipart(route.path(), Map.of(), Map.of())
                    : session.post(route.path(), Map.of());
            default -> session.sendJson(route.method().name(), route.path(), "{}");
        };
    }
}
