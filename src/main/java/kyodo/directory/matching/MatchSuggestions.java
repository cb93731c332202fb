package kyodo.directory.matching;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.directory.board.BoardPost;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.Availability;
import kyodo.directory.internal.DirectoryTexts;
import kyodo.directory.volunteers.Volunteer;
import kyodo.directory.volunteers.VolunteerRepository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

/** The matching console's ranked suggestions of volunteers for a request, each with the reasons it ranks. */
@Singleton
public class MatchSuggestions {

    /** Matches in this many days count as "matched often lately" for fairness. */
    public static final int FAIRNESS_DAYS = 180;
    static final int MAX_SKILL_TOKENS = 5;

    /**
     * One part of a score in words: a message key ({@code dir.reason.*}) and its argument; {@code against}
     * for what lowers the rank or is missing (a request's days, fields or skills that do not match).
     */
    public record Reason(String key, String arg, boolean against) {
        Reason(String key, String arg) {
            this(key, arg, false);
        }
    }

    public record Suggestion(Volunteer volunteer, int score, List<Reason> reasons, int recentMatches) {
        /** The reasons as stored with a proposal, for the record of why this person was asked. */
        public String summary() {
            return reasons.stream().map(r -> (r.against() ? "-" : "") + (r.arg() == null ? r.key() : r.key() + ":" + r.arg()))
                    .collect(Collectors.joining(" / "));
        }

        public List<Reason> forReasons() {
            return reasons.stream().filter(r -> !r.against()).toList();
        }

        public List<Reason> againstReasons() {
            return reasons.stream().filter(Reason::against).toList();
        }
    }

    /** One page of the ranked candidates: {@code total} is every volunteer the filters admit. */
    public record SuggestionPage(List<Suggestion> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        /** The rank of the page's first candidate (1-based), 0 when there is none. */
        public long first() {
            return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
        }

        public long last() {
            return items.isEmpty() ? 0 : first() + items.size() - 1;
        }
    }

    /** Beyond this page the console offers no more (the ranking keeps page × size candidates in memory). */
    public static final int MAX_PAGES = 200;

    public record Filters(ActivityField field, String district, boolean availableOnly, String text) {
        public static Filters none() {
            return new Filters(null, null, false, null);
        }

        /** The coordinator's filters and manual search; text matches ignore letter case, like the list's search. */
        boolean accepts(RankingRow v, BoardPost post) {
            return (field == null || (v.fieldMask() & (1 << field.ordinal())) != 0)
                    && (district == null || containsIgnoringCase(v.schoolDistrict(), district)
                        || containsIgnoringCase(v.area(), district))
                    && (!availableOnly || post.availability() == 0 || (v.availability() & post.availability()) != 0)
                    && (text == null || containsIgnoringCase(v.name(), text) || containsIgnoringCase(v.nameKana(), text)
                        || containsIgnoringCase(v.skills(), text) || containsIgnoringCase(v.qualifications(), text));
        }

        private static boolean containsIgnoringCase(String value, String part) {
            return value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
        }
    }

    private final MatchRepository matches;
    private final VolunteerRepository volunteers;
    private final RankingRows rankingRows;
    private final DirectoryTexts texts;
    private final CityClock clock;

    MatchSuggestions(MatchRepository matches, VolunteerRepository volunteers, RankingRows rankingRows,
                     DirectoryTexts texts, CityClock clock) {
        this.matches = matches;
        this.volunteers = volunteers;
        this.rankingRows = rankingRows;
        this.texts = texts;
        this.clock = clock;
    }

    /** The skill words of a request: split on Japanese and Latin separators, at most five. */
    static List<String> skillTokens(String skills) {
        if (skills == null) {
            return List.of();
        }
        return Arrays.stream(skills.split("[、，,。・/／\\s　]+")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().limit(MAX_SKILL_TOKENS).toList();
    }

    /**
     * Ranks active volunteers for a request: skills ×3 each, shared fields ×2 each, overlapping
     * time slots (up to 3), same school district 3 / same area 1, never matched +2, each recent
     * match −1 (up to −3). Ties go to those matched less lately, then kana order.
     * <p>The ranking runs over the in-memory copy of {@link RankingRows} (only the match history
     * and the top rows are read from the database), a scan of plain arrays (see {@link RankingIndex}). A skill counts when the request's word occurs
     * in the volunteer's skills or qualifications exactly as written, the same test as the reason shown.
     */
    @Transactional
    public List<Suggestion> suggest(BoardPost post, Filters filters, int limit, Locale locale) {
        if (limit <= 0) {
            return List.of();
        }
        return suggestions(post, skillTokens(post.skills()), rank(post, filters, limit, null), locale);
    }

    /**
     * A page of the ranking (1-based; a page past the end shows the last one), with the number of
     * candidates the filters admit.
     */
    @Transactional
    public SuggestionPage page(BoardPost post, Filters filters, int page, int size, Locale locale) {
        int safeSize = Math.max(1, size);
        int wanted = Math.min(Math.max(1, page), MAX_PAGES);
        long[] total = {0};
        List<Ranked> ranked = rank(post, filters, wanted * safeSize, total);
        int pages = (int) Math.max(1, Math.min(MAX_PAGES, (total[0] + safeSize - 1) / safeSize));
        int shown = Math.min(wanted, pages);
        int from = Math.min(ranked.size(), (shown - 1) * safeSize);
        List<Ranked> slice = ranked.subList(from, Math.min(ranked.size(), from + safeSize));
        return new SuggestionPage(suggestions(post, skillTokens(post.skills()), slice, locale),
                Math.min(total[0], (long) MAX_PAGES * safeSize), shown, safeSize);
    }

    private record Ranked(RankingRow row, int score, int recent, int ever) {
    }

    /** The best {@code limit} candidates in rank order; counts every admitted candidate into total[0] if given. */
    private List<Ranked> rank(BoardPost post, Filters filters, int limit, long[] total) {
        List<String> tokens = skillTokens(post.skills());
        RankingIndex index = rankingRows.activeVolunteers();
        Set<Long> alreadyAsked = new HashSet<>(matches.askedFor(post.id()));
        // The volunteers with a history, by slot (ascending), met one after the other as the scan moves on.
        List<MatchHistory> history = new ArrayList<>(matches.history(clock.now().minusDays(FAIRNESS_DAYS)));
        int[] historySlot = new int[history.size()];
        int[] historyRecent = new int[history.size()];
        int[] historyEver = new int[history.size()];
        boolean[] historyAsked = new boolean[history.size()];
        int kept = 0;
        history.sort(Comparator.comparingLong(MatchHistory::volunteerId));
        for (MatchHistory h : history) {
            int slot = index.slotOf(h.volunteerId());
            if (slot >= 0) {
                historySlot[kept] = slot;
                historyRecent[kept] = h.recent();
                historyEver[kept] = h.ever();
                historyAsked[kept] = alreadyAsked.contains(h.volunteerId());
                kept++;
            }
        }
        // A request's skill words are looked for once per distinct list of skills: ×3 each.
        int[] skillScore = new int[index.skills.length];
        for (String token : tokens) {
            java.util.BitSet lists = index.listsWith(token);
            for (int t = lists.nextSetBit(0); t >= 0; t = lists.nextSetBit(t + 1)) {
                skillScore[t] += 3;
            }
        }
        int postFields = post.fieldMask();
        int postTime = post.availability();
        int postDistrict = index.districtNumber(post.schoolDistrict());
        int postArea = index.areaNumber(post.area());
        boolean filtered = filters.field() != null || filters.district() != null || filters.availableOnly()
                || filters.text() != null;
        Comparator<Ranked> best = Comparator.comparingInt(Ranked::score).reversed()
                .thenComparingInt(Ranked::recent)
                .thenComparing(r -> r.row().nameKana(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(r -> r.row().id());
        // The top `limit` so far, worst first, so each candidate is compared with the worst kept.
        PriorityQueue<Ranked> top = new PriorityQueue<>(best.reversed());
        int worst = Integer.MIN_VALUE;
        int next = kept > 0 ? historySlot[0] : Integer.MAX_VALUE;
        int h = 0;
        int n = index.size();
        for (int i = 0; i < n; i++) {
            int recent = 0;
            int ever = 0;
            boolean asked = false;
            if (i == next) {
                recent = historyRecent[h];
                ever = historyEver[h];
                asked = historyAsked[h];
                h++;
                next = h < kept ? historySlot[h] : Integer.MAX_VALUE;
            }
            // Skills, shared fields ×2 each, overlapping slots (up to 3), same district 3 / same area 1,
            // never matched +2, each recent match −1 (up to −3).
            int score = skillScore[index.text[i]] + Integer.bitCount(index.fieldMask[i] & postFields) * 2
                    + Math.min(Integer.bitCount(index.availability[i] & postTime), 3)
                    + (index.district[i] == postDistrict ? 3 : index.area[i] == postArea ? 1 : 0)
                    + (ever == 0 ? 2 : 0) - Math.min(recent, 3);
            if (total != null) {
                // Counting the candidates: every row goes through the filters.
                if (asked || (filtered && !filters.accepts(index.rows[i], post))) {
                    continue;
                }
                total[0]++;
                if (score < worst) {
                    continue;
                }
            } else {
                // Most rows cannot enter the top: skip them before any lookup or allocation.
                if (score < worst) {
                    continue;
                }
                if (asked || (filtered && !filters.accepts(index.rows[i], post))) {
                    continue;
                }
            }
            Ranked r = new Ranked(index.rows[i], score, recent, ever);
            if (top.size() < limit) {
                top.add(r);
            } else if (best.compare(r, top.peek()) < 0) {
                top.poll();
                top.add(r);
            }
            if (top.size() == limit) {
                worst = top.peek().score();
            }
        }
        List<Ranked> ranked = new ArrayList<>(top);
        ranked.sort(best);
        return ranked;
    }

    /** The ranked rows as suggestions: the volunteers read once, each with the reasons in words. */
    private List<Suggestion> suggestions(BoardPost post, List<String> tokens, List<Ranked> ranked, Locale locale) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<Long, Volunteer> rows = new HashMap<>();
        volunteers.findActive(ranked.stream().map(r -> r.row().id()).toList()).forEach(v -> rows.put(v.id(), v));
        return ranked.stream().filter(r -> rows.containsKey(r.row().id())).map(r -> {
            Volunteer v = rows.get(r.row().id());
            return new Suggestion(v, r.score(), reasons(post, tokens, v, r.recent(), r.ever(), locale), r.recent());
        }).toList();
    }

    /**
     * The score's parts in words, the same tests as {@link #score}: what adds points (skills, fields,
     * time, district or area, never introduced) and what lowers the rank (introduced lately), plus
     * what the request asks for and the person does not offer (no points either way, but the reason
     * a candidate ranks low). 「経験あり」 says the person was introduced before (it earns nothing:
     * the bonus goes to those never introduced).
     */
    List<Reason> reasons(BoardPost post, List<String> tokens, Volunteer v, int recent, int ever, Locale locale) {
        List<Reason> reasons = new ArrayList<>();
        String skills = (nz(v.skills()) + " " + nz(v.qualifications()));
        List<String> matchedSkills = tokens.stream().filter(skills::contains).toList();
        if (!matchedSkills.isEmpty()) {
            reasons.add(new Reason("dir.reason.skills", texts.list(matchedSkills, locale)));
        }
        List<String> fields = ActivityField.fromMask(v.fieldMask() & post.fieldMask()).stream()
                .map(f -> texts.activityField(f, locale)).toList();
        if (!fields.isEmpty()) {
            reasons.add(new Reason("dir.reason.fields", texts.list(fields, locale)));
        }
        int overlap = v.availability() & post.availability();
        if (overlap != 0) {
            reasons.add(new Reason("dir.reason.time", texts.list(Availability.codes(overlap).stream()
                    .map(c -> texts.slot(c, locale)).toList(), locale)));
        }
        boolean sameDistrict = post.schoolDistrict() != null && post.schoolDistrict().equals(v.schoolDistrict());
        boolean sameArea = post.area() != null && post.area().equals(v.area());
        if (sameDistrict) {
            reasons.add(new Reason("dir.reason.district", v.schoolDistrict()));
        } else if (sameArea) {
            reasons.add(new Reason("dir.reason.area", v.area()));
        }
        if (ever == 0) {
            reasons.add(new Reason("dir.reason.new", null));
        } else if (recent == 0) {
            reasons.add(new Reason("dir.reason.experienced", String.valueOf(ever)));
        }
        if (recent > 0) {
            reasons.add(new Reason("dir.reason.recent", String.valueOf(recent), true));
        }
        if (!tokens.isEmpty() && matchedSkills.isEmpty()) {
            reasons.add(new Reason("dir.reason.noSkills", null, true));
        }
        if (post.fieldMask() != 0 && fields.isEmpty()) {
            reasons.add(new Reason("dir.reason.noFields", null, true));
        }
        if (post.availability() != 0 && overlap == 0) {
            reasons.add(new Reason("dir.reason.noTime", null, true));
        }
        if (!sameDistrict && !sameArea && (post.schoolDistrict() != null || post.area() != null)
                && (v.schoolDistrict() != null || v.area() != null)) {
            reasons.add(new Reason("dir.reason.far", null, true));
        }
        return reasons;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
