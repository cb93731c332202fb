package kyodo.subsidies.internal;

import jakarta.inject.Singleton;
import kyodo.core.SearchSource;
import kyodo.core.SearchText;

/** Subsidy programs in the site search: name, purpose, who may apply, guidelines and fund source. */
@Singleton
class ProgramSearch implements SearchSource {

    private final ProgramSearchRepository index;

    ProgramSearch(ProgramSearchRepository index) {
        this.index = index;
    }

    @Override
    public String kind() {
        return "subsidies";
    }

    @Override
    public String labelKey() {
        return "sub.search.kind";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Hits search(String folded, int limit, int offset) {
        SearchSource.refresh(index::findPending, index::store);
        String pattern = SearchText.contains(folded);
        long total = index.count(pattern);
        if (total == 0) {
            return Hits.none();
        }
        return new Hits(total, index.find(pattern, limit, offset).stream()
                .map(f -> new Hit(f.title(), "/subsidies/programs/" + f.id(), SearchSource.shorten(f.summary(), 120), f.day()))
                .toList());
    }
}
