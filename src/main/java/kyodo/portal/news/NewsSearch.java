package kyodo.portal.news;

import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.SearchSource;
import kyodo.core.SearchText;

/** Published news in the site search: title and text (Markdown as written). */
@Singleton
class NewsSearch implements SearchSource {

    private final NewsSearchRepository index;
    private final CityClock clock;

    NewsSearch(NewsSearchRepository index, CityClock clock) {
        this.index = index;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "news";
    }

    @Override
    public String labelKey() {
        return "por.search.kind";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Hits search(String folded, int limit, int offset) {
        SearchSource.refresh(index::findPending, index::store);
        String pattern = SearchText.contains(folded);
        long total = index.count(pattern, clock.today());
        if (total == 0) {
            return Hits.none();
        }
        return new Hits(total, index.find(pattern, clock.today(), limit, offset).stream()
                .map(f -> new Hit(f.title(), "/news/" + f.id(), SearchSource.shorten(f.summary(), 120), f.day()))
                .toList());
    }
}
