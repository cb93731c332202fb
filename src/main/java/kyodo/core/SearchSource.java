package kyodo.core;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * One kind of thing the site search finds (events, groups, board posts…). A module implements it in
 * its own package over its own tables: it keeps the folded text of each thing ({@link SearchText#fold},
 * in a small search table of its own, brought up to date from a hash of the stored text, so rows written
 * by any path, old rows included, are found) and answers with what the public may see. Core's search
 * page asks every bean of this type and shows the hits grouped by kind.
 */
public interface SearchSource {

    /** A stable name for the kind, used in the page's address ({@code events}). */
    String kind();

    /** Message key naming the kind in the results (講座・イベント). */
    String labelKey();

    /** Place of the kind on the results page, lower first. */
    int order();

    /** The things whose folded text contains {@code folded} (never empty), {@code limit} from {@code offset}. */
    Hits search(String folded, int limit, int offset);

    /** A found thing: its title, its page, a line about it (may be null), and its day (an event's first day, a post's date; may be null). */
    record Hit(String title, String path, @Nullable String summary, @Nullable java.time.LocalDate date) {
    }

    record Hits(long total, List<Hit> hits) {
        public static Hits none() {
            return new Hits(0, List.of());
        }
    }

    /**
     * A row whose search text is missing or out of date, as a source's repository reads it: its id, the text
     * to fold (title, reading, description… joined) and the hash of that text the search table keeps.
     */
    @Introspected
    record Pending(long id, @Nullable String text, String hash) {
    }

    /** Writes the folded text of one row with the hash of the text it was folded from. */
    @FunctionalInterface
    interface Store {
        int save(long id, String hash, String folded);
    }

    /**
     * Brings a source's search table up to date: folds every row that {@code pending} reads (rows with no
     * search text yet, or whose text changed since: its hash differs) and stores it, in rounds until none is
     * left. Rows saved by any path, and rows older than the search, are found this way. Call it outside a
     * transaction: each row is written on its own (searches at the same moment write the same text), and a
     * write that fails (a lock wait on a busy table) leaves that row for the next search instead of failing this one.
     */
    static void refresh(java.util.function.Supplier<List<Pending>> pending, Store store) {
        try {
            for (int round = 0; round < 100; round++) {
                List<Pending> rows = pending.get();
                if (rows.isEmpty()) {
                    return;
                }
                for (Pending row : rows) {
                    store.save(row.id(), row.hash(), SearchText.fold(row.text()));
                }
            }
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(SearchSource.class).warn("Search text not brought up to date: {}", e.toString());
        }
    }

    /** A summary no longer than {@code max} characters, for the results page. */
    static String shorten(@Nullable String text, int max) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "\u2026";
    }
}
