package kyodo.directory.internal;

import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.SearchSource;
import kyodo.core.SearchText;

import java.util.List;

/** The directory in the site search: three kinds (groups, outreach lectures, board posts) over one search table. */
final class DirectorySearch {

    private DirectorySearch() {
    }

    private static SearchSource.Hits hits(long total, List<DirectorySearchRepository.Found> found, String path) {
        if (total == 0) {
            return SearchSource.Hits.none();
        }
        return new SearchSource.Hits(total, found.stream()
                .map(f -> new SearchSource.Hit(f.title(), path + f.id(), SearchSource.shorten(f.summary(), 120), f.day()))
                .toList());
    }

    /** Approved groups: name, its kana reading, description, area, school district and place of activity. */
    @Singleton
    static class Groups implements SearchSource {
        private final DirectorySearchRepository index;

        Groups(DirectorySearchRepository index) {
            this.index = index;
        }

        @Override
        public String kind() {
            return "groups";
        }

        @Override
        public String labelKey() {
            return "dir.search.kind.groups";
        }

        @Override
        public int order() {
            return 20;
        }

        @Override
        public Hits search(String folded, int limit, int offset) {
            SearchSource.refresh(index::findPendingGroups, (id, hash, text) -> index.store("GROUP", id, hash, text));
            String pattern = SearchText.contains(folded);
            return hits(index.countGroups(pattern), index.findGroups(pattern, limit, offset), "/groups/");
        }
    }

    /** Published outreach lectures of approved groups: title, description, audience, area and the group's name. */
    @Singleton
    static class Lectures implements SearchSource {
        private final DirectorySearchRepository index;

        Lectures(DirectorySearchRepository index) {
            this.index = index;
        }

        @Override
        public String kind() {
            return "lectures";
        }

        @Override
        public String labelKey() {
            return "dir.search.kind.lectures";
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        public Hits search(String folded, int limit, int offset) {
            SearchSource.refresh(index::findPendingLectures, (id, hash, text) -> index.store("LECTURE", id, hash, text));
            String pattern = SearchText.contains(folded);
            return hits(index.countLectures(pattern), index.findLectures(pattern, limit, offset), "/lectures/");
        }
    }

    /** Open board posts: title, text, skills and place. */
    @Singleton
    static class Posts implements SearchSource {
        private final DirectorySearchRepository index;
        private final CityClock clock;

        Posts(DirectorySearchRepository index, CityClock clock) {
            this.index = index;
            this.clock = clock;
        }

        @Override
        public String kind() {
            return "board";
        }

        @Override
        public String labelKey() {
            return "dir.search.kind.board";
        }

        @Override
        public int order() {
            return 40;
        }

        @Override
        public Hits search(String folded, int limit, int offset) {
            SearchSource.refresh(index::findPendingPosts, (id, hash, text) -> index.store("POST", id, hash, text));
            String pattern = SearchText.contains(folded);
            var today = clock.today();
            return hits(index.countPosts(pattern, today), index.findPosts(pattern, today, limit, offset), "/board/");
        }
    }
}
