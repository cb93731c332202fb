package kyodo.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import kyodo.core.SearchSource;
import kyodo.core.SearchText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site search ({@code /search?q=…}): the header's box on every page. Every module's
 * {@link SearchSource} is asked with the folded query; the hits are shown grouped by kind (the first
 * few of each), and one kind at a time with pages ({@code &kind=events&page=2}).
 */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SearchController {

    static final int PREVIEW = 5;
    static final int PAGE_SIZE = 20;

    /** The hits of one kind: all of them on a kind's page, the first few on the overview. */
    public record Group(String kind, String labelKey, long total, List<SearchSource.Hit> hits, boolean more) {
    }

    private final List<SearchSource> sources;

    SearchController(List<SearchSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
    }

    @Get("/search")
    HttpResponse<?> search(@Nullable @QueryValue String q, @Nullable @QueryValue String kind,
                           @Nullable @QueryValue String page) {
        String typed = q == null ? "" : q;
        Map<String, Object> model = new HashMap<>();
        model.put("q", typed.length() > SearchText.MAX_QUERY ? typed.substring(0, SearchText.MAX_QUERY) : typed);
        if (typed.length() > SearchText.MAX_QUERY) {
            return refused(model, "core.search.tooLong");
        }
        if (SearchText.hasControlCharacters(typed)) {
            model.put("q", "");
            return refused(model, "core.search.badCharacters");
        }
        String folded = SearchText.fold(typed);
        if (folded.isEmpty()) {
            model.put("message", "core.search.empty");
            model.put("groups", List.of());
            return HttpResponse.ok(new ModelAndView<>("core/search", model));
        }
        Optional<SearchSource> only = sources.stream().filter(s -> s.kind().equals(kind)).findFirst();
        List<Group> groups = new ArrayList<>();
        if (only.isPresent()) {
            int pageNumber = pageNumber(page);
            SearchSource.Hits hits = only.get().search(folded, PAGE_SIZE, (pageNumber - 1) * PAGE_SIZE);
            groups.add(new Group(only.get().kind(), only.get().labelKey(), hits.total(), hits.hits(), false));
            model.put("kind", only.get().kind());
            model.put("kindLabelKey", only.get().labelKey());
            model.put("page", pageNumber);
            model.put("pages", (int) Math.max(1, (hits.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        } else {
            for (SearchSource source : sources) {
                SearchSource.Hits hits = source.search(folded, PREVIEW, 0);
                if (hits.total() > 0) {
                    groups.add(new Group(source.kind(), source.labelKey(), hits.total(), hits.hits(), hits.total() > PREVIEW));
                }
            }
        }
        long total = groups.stream().mapToLong(Group::total).sum();
        model.put("groups", groups);
        model.put("total", total);
        if (total == 0) {
            model.put("message", "core.search.none");
        }
        return HttpResponse.ok(new ModelAndView<>("core/search", model));
    }

    private static HttpResponse<?> refused(Map<String, Object> model, String messageKey) {
        model.put("error", messageKey);
        model.put("groups", List.of());
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("core/search", model));
    }

    /** Page 1 for anything that is not a page number (1–9999). */
    private static int pageNumber(@Nullable String page) {
        if (page == null || !page.matches("[1-9][0-9]{0,3}")) {
            return 1;
        }
        return Integer.parseInt(page);
    }
}
