package kyodo.events.internal;

import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.SearchSource;
import kyodo.core.SearchText;

/** Events in the site search: title, its kana reading, description, lecturer, organizer and venue. */
@Singleton
class EventSearch implements SearchSource {

    private final EventSearchRepository index;
    private final CityClock clock;

    EventSearch(EventSearchRepository index, CityClock clock) {
        this.index = index;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "events";
    }

    @Override
    public String labelKey() {
        return "evt.search.kind";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Hits search(String folded, int limit, int offset) {
        SearchSource.refresh(index::findPending, index::store);
        String pattern = SearchText.contains(folded);
        long total = index.countVisible(pattern);
        if (total == 0) {
            return Hits.none();
        }
        return new Hits(total, index.findVisible(pattern, clock.today(), limit, offset).stream()
                .map(e -> new Hit(e.title(), "/events/" + e.id(), SearchSource.shorten(e.description(), 120), e.firstDate()))
                .toList());
    }
}
