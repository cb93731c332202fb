package kyodo.core.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.DefaultRouter;
import io.micronaut.web.router.RouteBuilder;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRoute;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The router that looks only at the routes of a path's first segment finds what Micronaut's own router finds. */
@MicronautTest(transactional = false)
class FirstSegmentRouterTest {

    @Inject
    Router router;
    @Inject
    Collection<RouteBuilder> builders;

    @Test
    void readsTheFirstSegmentOfTemplatesAndPaths() {
        assertEquals("events", FirstSegmentRouter.literalFirstSegment("/events/{id}"));
        assertEquals("events", FirstSegmentRouter.literalFirstSegment("/events{?page,q}"));
        assertEquals("events", FirstSegmentRouter.literalFirstSegment("/events{/id}"));
        assertEquals("", FirstSegmentRouter.literalFirstSegment("/"));
        assertEquals("", FirstSegmentRouter.literalFirstSegment("/{?q}"));
        assertNull(FirstSegmentRouter.literalFirstSegment("/{lang}/events"));
        assertNull(FirstSegmentRouter.literalFirstSegment("/event{suffix}"));
        assertEquals("events", FirstSegmentRouter.firstSegment("/events/12"));
        assertEquals("events", FirstSegmentRouter.firstSegment("/events"));
        assertEquals("", FirstSegmentRouter.firstSegment("/"));
    }

    @Test
    void everyRouteOfTheAppIsFoundAsMicronautFindsIt() {
        assertInstanceOf(FirstSegmentRouter.class, router);
        DefaultRouter micronauts = new DefaultRouter(builders);
        List<String> paths = new ArrayList<>(List.of("/", "/nowhere", "/events/", "/events/abc", "/events/1/nothing",
                "//events", "/EVENTS", "/static/app.css", "/%65vents"));
        int routes = 0;
        for (RouteBuilder builder : builders) {
            for (UriRoute route : builder.getUriRoutes()) {
                routes++;
                Map<String, Object> values = new HashMap<>();
                route.getUriMatchTemplate().getVariableNames().forEach(name -> values.put(name, "1"));
                paths.add(route.getUriMatchTemplate().expand(values));
            }
        }
        assertTrue(routes > 100, "the app's routes are all looked at: " + routes);
        int found = 0;
        for (String path : paths) {
            for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.HEAD, HttpMethod.DELETE)) {
                for (MediaType accept : List.of(MediaType.TEXT_HTML_TYPE, MediaType.APPLICATION_JSON_TYPE)) {
                    HttpRequest<?> request = HttpRequest.create(method, path).accept(accept);
                    String expected = describe(() -> micronauts.findClosest(request));
                    assertEquals(expected, describe(() -> router.findClosest(request)), method + " " + path + " " + accept);
                    found += expected.startsWith("route ") ? 1 : 0;
                }
            }
        }
        assertTrue(found > routes, "most of the paths find a route: " + found);
    }

    private static String describe(java.util.function.Supplier<UriRouteMatch<Object, Object>> find) {
        try {
            UriRouteMatch<Object, Object> match = find.get();
            return match == null ? "none" : "route " + match.getRouteInfo() + " " + match.getVariableValues();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }
}
