package kyodo.voices.engine;

import kyodo.voices.CrossTab;
import kyodo.voices.Question;
import kyodo.voices.QuestionKind;
import kyodo.voices.Results;
import kyodo.voices.Results.ChoiceCount;
import kyodo.voices.Results.QuestionResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of results, on stored answers ({@code sheet id → question id → stored answer}): counts per
 * option, shares in percent with one decimal (rounded half up) of those who answered the question, the mean of a
 * scale, and cross-tabulation. A share of 0 answers is 0.0.
 */
public final class Tally {

    private Tally() {
    }

    /** {@code part} of {@code whole} in percent, one decimal. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** Non-blank lines, trimmed, without duplicates, in order: how options are stored. */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public static Results results(List<Question> questions, Map<Long, Map<Long, String>> sheets) {
        List<QuestionResult> out = new ArrayList<>();
        for (Question q : questions) {
            out.add(result(q, sheets.values()));
        }
        return new Results(sheets.size(), out);
    }

    static QuestionResult result(Question q, Collection<Map<Long, String>> sheets) {
        List<String> given = sheets.stream().map(s -> s.get(q.id())).filter(a -> a != null && !a.isBlank()).toList();
        if (q.kind() == QuestionKind.TEXT) {
            return new QuestionResult(q, given.size(), List.of(), null, given);
        }
        List<ChoiceCount> counts = new ArrayList<>();
        for (String option : q.options()) {
            long n = given.stream().filter(a -> lines(a).contains(option)).count();
            counts.add(new ChoiceCount(option, (int) n, percent(n, given.size())));
        }
        BigDecimal mean = null;
        if (q.kind() == QuestionKind.SCALE && !given.isEmpty()) {
            long sum = 0;
            int n = 0;
            for (String a : given) {
                try {
                    sum += Integer.parseInt(a.strip());
                    n++;
                } catch (NumberFormatException ignored) {
                    // not a point of the scale: left out of the mean
                }
            }
            mean = n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
        }
        return new QuestionResult(q, given.size(), counts, mean, List.of());
    }

    /** {@code question} by the options of {@code by}; a last row (null label) for sheets without an answer to {@code by}. */
    public static CrossTab crossTab(Question by, Question question, Collection<Map<Long, String>> sheets) {
        List<String> labels = new ArrayList<>(by.options());
        labels.add(null);
        List<CrossTab.Row> rows = new ArrayList<>();
        for (String label : labels) {
            List<String> given = sheets.stream()
                    .filter(s -> label == null ? lines(s.get(by.id())).isEmpty() : lines(s.get(by.id())).contains(label))
                    .map(s -> s.get(question.id())).filter(a -> a != null && !a.isBlank()).toList();
            if (label == null && given.isEmpty()) {
                continue;
            }
            List<CrossTab.Cell> cells = new ArrayList<>();
            for (String option : question.options()) {
                long n = given.stream().filter(a -> lines(a).contains(option)).count();
                cells.add(new CrossTab.Cell(option, (int) n, percent(n, given.size())));
            }
            rows.add(new CrossTab.Row(label, given.size(), cells));
        }
        return new CrossTab(by, question, rows);
    }

    /** One question's answers and the options that count for a share. */
    public record Pool(Set<String> wanted, List<String> answers) {
    }

    /**
     * The share (percent) of those who answered (the same question asked in several questionnaires, one pool
     * each) whose answer includes one of the pool's wanted options; empty when nobody answered.
     */
    public static java.util.Optional<BigDecimal> share(List<Pool> pools) {
        long answered = 0;
        long matched = 0;
        for (Pool pool : pools) {
            for (String a : pool.answers()) {
                if (a == null || a.isBlank()) {
                    continue;
                }
                answered++;
                if (lines(a).stream().anyMatch(pool.wanted()::contains)) {
                    matched++;
                }
            }
        }
        return answered == 0 ? java.util.Optional.empty() : java.util.Optional.of(percent(matched, answered));
    }

    /**
     * The options a KPI parameter names for a question: choice numbers from 1 ({@code 1,2}) for a choice question,
     * points ({@code 7-10} or {@code 8,9,10}) for a scale; empty when the parameter names none of them.
     */
    public static Set<String> options(Question q, String spec) {
        Set<String> out = new java.util.LinkedHashSet<>();
        if (spec == null) {
            return out;
        }
        for (String part : spec.strip().split("[,+\\s]+")) {
            java.util.regex.Matcher range = java.util.regex.Pattern.compile("(\\d{1,3})(?:-(\\d{1,3}))?").matcher(part);
            if (!range.matches()) {
                continue;
            }
            int from = Integer.parseInt(range.group(1));
            int to = range.group(2) == null ? from : Integer.parseInt(range.group(2));
            for (int n = from; n <= to; n++) {
                if (q.kind() == QuestionKind.SCALE && n <= Question.SCALE_MAX) {
                    out.add(Integer.toString(n));
                } else if (q.choice() && n >= 1 && n <= q.choices().size()) {
                    out.add(q.choices().get(n - 1));
                }
            }
        }
        return out;
    }
}
