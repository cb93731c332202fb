package kyodo.core.web;

import io.micronaut.context.ExecutionHandleLocator;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.DefaultRouteBuilder;
import io.micronaut.web.router.DefaultRouter;
import io.micronaut.web.router.RouteBuilder;
import io.micronaut.web.router.UriRoute;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Micronaut's router, with the route of a request looked for only among the routes that can match the request's first
 * path segment. Micronaut's own {@code findClosest} tries the template of every route of the method against the path
 * (about 200 for a GET here), a tenth of the time of a small page; the routes of {@code /events/…} are a dozen.
 *
 * <p>Each first segment that a template spells out ({@code /events/{id}} → {@code events}) gets a router of its own
 * with those routes and every route whose first segment is a variable; a path whose first segment no template spells
 * out is matched against the variable routes alone. Every other question (filters, error and status routes, 405's
 * "any method" lookup) is answered by the whole router, unchanged.
 */
@Singleton
@Replaces(DefaultRouter.class)
class FirstSegmentRouter extends DefaultRouter {

    private final Map<String, DefaultRouter> bySegment;
    private final DefaultRouter variableFirstSegment;

    @Inject
    FirstSegmentRouter(Collection<RouteBuilder> builders) {
        super(builders);
        Map<String, List<UriRoute>> literal = new HashMap<>();
        List<UriRoute> variable = new ArrayList<>();
        for (RouteBuilder builder : builders) {
            for (UriRoute route : builder.getUriRoutes()) {
                String segment = literalFirstSegment(route.getUriMatchTemplate().toString());
                if (segment == null) {
                    variable.add(route);
                } else {
                    literal.computeIfAbsent(segment, s -> new ArrayList<>()).add(route);
                }
            }
        }
        Map<String, DefaultRouter> routers = new HashMap<>();
        literal.forEach((segment, routes) -> {
            List<UriRoute> all = new ArrayList<>(routes);
            all.addAll(variable);
            routers.put(segment, routerOf(all));
        });
        this.bySegment = Map.copyOf(routers);
        this.variableFirstSegment = routerOf(variable);
    }

    @Override
    public <T, R> UriRouteMatch<T, R> findClosest(HttpRequest<?> request) {
        return bySegment.getOrDefault(firstSegment(request.getPath()), variableFirstSegment).findClosest(request);
    }

    @Override
    public void applyDefaultPorts(List<Integer> ports) {
        super.applyDefaultPorts(ports);
        bySegment.values().forEach(router -> router.applyDefaultPorts(ports));
        variableFirstSegment.applyDefaultPorts(ports);
    }

    /**
     * The first segment a template spells out, or null when it starts with a variable ({@code /{lang}/…}).
     * {@code /} and {@code /{?page}} give "" (the path {@code /}); {@code /events{/id}} and {@code /events{?q}} give
     * {@code events}, since their variables begin a new segment or the query.
     */
    static String literalFirstSegment(String template) {
        int start = template.startsWith("/") ? 1 : 0;
        int end = start;
        while (end < template.length() && template.charAt(end) != '/' && template.charAt(end) != '{') {
            end++;
        }
        if (end < template.length() && template.charAt(end) == '{') {
            char next = end + 1 < template.length() ? template.charAt(end + 1) : '}';
            boolean beginsSegmentOrQuery = next == '/' || next == '?' || next == '&' || next == '#';
            if (!beginsSegmentOrQuery) {
                return null;
            }
        }
        return template.substring(start, end);
    }

    /** The request path's first segment: {@code /events/12} → {@code events}, {@code /} → "". */
    static String firstSegment(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.indexOf('/', start);
        return path.substring(start, end < 0 ? path.length() : end);
    }

    private static DefaultRouter routerOf(List<UriRoute> routes) {
        List<UriRoute> kept = List.copyOf(routes);
        return new DefaultRouter(new DefaultRouteBuilder(ExecutionHandleLocator.EMPTY) {
            @Override
            public List<UriRoute> getUriRoutes() {
                return kept;
            }
        });
    }
}
