package kyodo.plan.internal;

import jakarta.inject.Singleton;
import kyodo.core.SearchSource;
import kyodo.core.SearchText;

/** Items of published promotion plans in the site search: number, name, issue, purpose, content, target and actor. */
@Singleton
class ItemSearch implements SearchSource {

    private final ItemSearchRepository index;

    ItemSearch(ItemSearchRepository index) {
        this.index = index;
    }

    @Override
    public String kind() {
        return "plan";
    }

    @Override
    public String labelKey() {
        return "pln.search.kind";
    }

    @Override
    public int order() {
        return 60;
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
                .map(f -> new Hit(f.title(), "/plan/" + f.planId() + "/items/" + f.id(), SearchSource.shorten(f.summary(), 120), f.day()))
                .toList());
    }
}
