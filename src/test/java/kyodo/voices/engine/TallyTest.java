package kyodo.voices.engine;

import kyodo.voices.CrossTab;
import kyodo.voices.Question;
import kyodo.voices.QuestionKind;
import kyodo.voices.Results;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The arithmetic of questionnaire results: counts, shares (one decimal, half up), means, cross-tabulation, KPI shares. */
class TallyTest {

    static Question q(long id, QuestionKind kind, String... choices) {
        return new Question(id, (int) id, "Q" + id, kind, List.of(choices), false, null, List.of(), null, false, null, null);
    }

    static final Question AREA = q(1, QuestionKind.SINGLE, "北部", "南部");
    static final Question JOINED = q(2, QuestionKind.SINGLE, "参加した", "参加していない");
    static final Question WHAT = q(3, QuestionKind.MULTIPLE, "清掃", "見守り", "防災");
    static final Question HAPPY = q(4, QuestionKind.SCALE);
    static final Question TEXT = q(5, QuestionKind.TEXT);

    /** Three sheets (and one that answered nothing). */
    static Map<Long, Map<Long, String>> sheets() {
        Map<Long, Map<Long, String>> s = new LinkedHashMap<>();
        s.put(10L, Map.of(1L, "北部", 2L, "参加した", 3L, "清掃\n見守り", 4L, "8", 5L, "公園を増やして"));
        s.put(11L, Map.of(1L, "南部", 2L, "参加した", 3L, "清掃", 4L, "5"));
        s.put(12L, Map.of(1L, "南部", 2L, "参加していない", 4L, "6"));
        s.put(13L, Map.of());
        return s;
    }

    @Test
    void sharesHaveOneDecimalRoundedHalfUpAndNothingOfNothingIsZero() {
        assertEquals(new BigDecimal("33.3"), Tally.percent(1, 3));
        assertEquals(new BigDecimal("66.7"), Tally.percent(2, 3));
        assertEquals(new BigDecimal("12.5"), Tally.percent(1, 8));
        assertEquals(new BigDecimal("100.0"), Tally.percent(4, 4));
        assertEquals(new BigDecimal("0.0"), Tally.percent(0, 0));
    }

    @Test
    void resultsCountEachOptionOfThoseWhoAnsweredAndAScaleHasItsMean() {
        Results r = Tally.results(List.of(AREA, JOINED, WHAT, HAPPY, TEXT), sheets());
        assertEquals(4, r.respondents());
        Results.QuestionResult joined = r.of(2);
        assertEquals(3, joined.answered(), "the empty sheet did not answer it");
        assertEquals(2, joined.counts().get(0).count());
        assertEquals(new BigDecimal("66.7"), joined.counts().get(0).percent());
        Results.QuestionResult what = r.of(3);
        assertEquals(2, what.answered());
        assertEquals(new BigDecimal("100.0"), what.counts().get(0).percent(), "a multiple choice share is of respondents");
        assertEquals(new BigDecimal("50.0"), what.counts().get(1).percent());
        assertEquals(0, what.counts().get(2).count());
        Results.QuestionResult happy = r.of(4);
        assertEquals(11, happy.counts().size(), "0 to 10");
        assertEquals(1, happy.counts().get(8).count());
        assertEquals(new BigDecimal("6.3"), happy.mean());
        assertEquals(List.of("公園を増やして"), r.of(5).texts());
        assertNull(r.of(5).mean());
        assertEquals(200, joined.counts().get(0).bar(300), "66.7% of 300");
    }

    @Test
    void aCrossTabulationHasARowPerOptionOfTheAxisAndOneForNoAnswer() {
        Map<Long, Map<Long, String>> s = sheets();
        s.put(14L, Map.of(2L, "参加していない"));
        CrossTab t = Tally.crossTab(AREA, JOINED, s.values());
        assertEquals(3, t.rows().size());
        CrossTab.Row south = t.rows().get(1);
        assertEquals("南部", south.label());
        assertEquals(2, south.answered());
        assertEquals(new BigDecimal("50.0"), south.cells().get(0).percent());
        CrossTab.Row none = t.rows().get(2);
        assertNull(none.label(), "answered the question but not the axis");
        assertEquals(1, none.cells().get(1).count());
        assertEquals(2, Tally.crossTab(AREA, JOINED, sheets().values()).rows().size(), "no empty 無回答 row");
    }

    @Test
    void aKpiShareNamesOptionsByNumberOrScalePointsAndPoolsTheYearsQuestionnaires() {
        assertEquals(Set.of("参加した"), Tally.options(JOINED, "1"));
        assertEquals(Set.of("清掃", "防災"), Tally.options(WHAT, "1,3"));
        assertEquals(Set.of("7", "8", "9", "10"), Tally.options(HAPPY, "7-10"));
        assertTrue(Tally.options(JOINED, "9").isEmpty());
        var pool = List.of(new Tally.Pool(Set.of("参加した"), List.of("参加した", "参加していない", "参加した")),
                new Tally.Pool(Set.of("はい"), List.of("はい", "いいえ", "いいえ", "いいえ", "")));
        assertEquals(new BigDecimal("42.9"), Tally.share(pool).orElseThrow(), "3 of 7 answers, blanks left out");
        assertTrue(Tally.share(List.of(new Tally.Pool(Set.of("x"), List.of()))).isEmpty());
    }

    @Test
    void storedOptionsAreTrimmedDistinctLines() {
        assertEquals(List.of("清掃", "見守り"), Tally.lines(" 清掃 \n\n見守り\n清掃"));
        assertTrue(Tally.lines(null).isEmpty());
    }
}
