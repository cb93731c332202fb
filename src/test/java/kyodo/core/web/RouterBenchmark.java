package kyodo.core.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.DefaultRouter;
import io.micronaut.web.router.RouteBuilder;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The route lookup of the pages of {@code PageLoadBenchmark}, by the app's router and by Micronaut's own over the same routes, in the
 * same run: {@code ./mvnw -Pbench test -Dtest=RouterBenchmark}. Prints nanoseconds per lookup (median of 5 rounds)
 * and their ratio.
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
class RouterBenchmark {

    private static final List<String> PATHS = List.of("/", "/events", "/events/1", "/groups", "/groups/1",
            "/subsidies", "/subsidies/programs/1", "/board", "/lectures", "/my/events", "/groups/mine", "/volunteer");
    private static final int LOOKUPS = 200_000;

    @Inject
    Router router;
    @Inject
    Collection<RouteBuilder> builders;

    @Test
    void routeLookup() {
        DefaultRouter micronauts = new DefaultRouter(builders);
        List<HttpRequest<?>> requests = PATHS.stream()
                .<HttpRequest<?>>map(path -> HttpRequest.create(HttpMethod.GET, path).accept(MediaType.TEXT_HTML_TYPE))
                .toList();
        List<Double> app = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            double appNanos = nanosPerLookup(router, requests);
            double plainNanos = nanosPerLookup(micronauts, requests);
            if (round > 0) { // the first round warms both up
                app.add(appNanos);
                plain.add(plainNanos);
            }
        }
        double appMedian = median(app);
        double plainMedian = median(plain);
        System.out.printf("ROUTER over %d paths, median of %d rounds: app %.0f ns per lookup, Micronaut's own %.0f ns"
                + " (%.1fx faster)%n", PATHS.size(), app.size(), appMedian, plainMedian, plainMedian / appMedian);
    }

    private static double nanosPerLookup(Router router, List<HttpRequest<?>> requests) {
        int found = 0;
        long start = System.nanoTime();
        for (int i = 0; i < LOOKUPS; i++) {
            found += router.findClosest(requests.get(i % requests.size())) == null ? 0 : 1;
        }
        long elapsed = System.nanoTime() - start;
        if (found == 0) {
            throw new AssertionError("no route found");
        }
        return (double) elapsed / LOOKUPS;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
