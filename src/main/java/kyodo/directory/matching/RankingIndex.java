package kyodo.directory.matching;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The active volunteers as the suggestion ranking scans them: one slot per volunteer in id order,
 * the numbers it scores in plain arrays, and the texts it compares replaced by numbers. The many
 * volunteers who share a list of skills share one entry, so a request's skill words are looked
 * for once per distinct list, not once per person; districts and areas compare as numbers.
 * Equal texts are kept once, which also keeps a million volunteers' copy small. Which lists
 * contain a skill word is remembered for the words asked lately (a console pages through one
 * request's candidates; requests share common words), so even a million different lists are
 * searched once per word.
 */
final class RankingIndex {

    final RankingRow[] rows;
    final long[] ids;
    final int[] fieldMask;
    final int[] availability;
    /** Per volunteer: the number of its (skills, qualifications) pair in {@link #skills}/{@link #qualifications}. */
    final int[] text;
    final String[] skills;
    final String[] qualifications;
    final int[] district;
    final int[] area;
    private final Map<String, Integer> districts = new HashMap<>();
    private final Map<String, Integer> areas = new HashMap<>();
    /** Skill words asked lately: the lists (by number) whose skills or qualifications contain them. */
    private final Map<String, BitSet> hits = new ConcurrentHashMap<>();
    static final int WORDS_KEPT = 64;

    RankingIndex(List<RankingRow> active) {
        RankingRow[] sorted = active.toArray(RankingRow[]::new);
        Arrays.sort(sorted, (a, b) -> Long.compare(a.id(), b.id()));
        int n = sorted.length;
        rows = new RankingRow[n];
        ids = new long[n];
        fieldMask = new int[n];
        availability = new int[n];
        text = new int[n];
        district = new int[n];
        area = new int[n];
        Map<String, String> same = new HashMap<>();
        Map<List<String>, Integer> texts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            RankingRow r = sorted[i];
            RankingRow kept = new RankingRow(r.id(), once(same, r.name()), once(same, r.nameKana()), once(same, r.skills()),
                    once(same, r.qualifications()), r.fieldMask(), r.availability(), once(same, r.area()),
                    once(same, r.schoolDistrict()));
            rows[i] = kept;
            ids[i] = r.id();
            fieldMask[i] = r.fieldMask();
            availability[i] = r.availability();
            text[i] = texts.computeIfAbsent(Arrays.asList(kept.skills(), kept.qualifications()), k -> texts.size());
            district[i] = number(districts, kept.schoolDistrict());
            area[i] = number(areas, kept.area());
        }
        skills = new String[texts.size()];
        qualifications = new String[texts.size()];
        texts.forEach((pair, number) -> {
            skills[number] = pair.get(0);
            qualifications[number] = pair.get(1);
        });
    }

    private static String once(Map<String, String> same, String s) {
        return s == null ? null : same.computeIfAbsent(s, k -> k);
    }

    private static int number(Map<String, Integer> numbers, String s) {
        return s == null ? -1 : numbers.computeIfAbsent(s, k -> numbers.size());
    }

    /** The lists of skills (by number) that contain the word in their skills or qualifications. */
    BitSet listsWith(String word) {
        BitSet found = hits.get(word);
        if (found != null) {
            return found;
        }
        found = new BitSet(skills.length);
        for (int t = 0; t < skills.length; t++) {
            if ((skills[t] != null && skills[t].contains(word)) || (qualifications[t] != null && qualifications[t].contains(word))) {
                found.set(t);
            }
        }
        if (hits.size() >= WORDS_KEPT) {
            hits.clear();
        }
        hits.put(word, found);
        return found;
    }

    int size() {
        return rows.length;
    }

    /** The number of a request's district, -2 when no volunteer has it (or the request has none). */
    int districtNumber(String schoolDistrict) {
        return schoolDistrict == null ? -2 : districts.getOrDefault(schoolDistrict, -2);
    }

    int areaNumber(String area) {
        return area == null ? -2 : areas.getOrDefault(area, -2);
    }

    /** The slot of a volunteer, or a negative number when it is not an active one. */
    int slotOf(long id) {
        return Arrays.binarySearch(ids, id);
    }
}
