package kyodo.voices;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * The results of a questionnaire over its submitted sheets: per question how many answered it, and per option
 * the count and its share of those who answered (a multiple-choice share is of respondents, so the shares may
 * add up to more than 100%); a scale also has its mean; a free-text question lists its answers.
 */
public record Results(int respondents, List<QuestionResult> questions) {

    public record QuestionResult(Question question, int answered, List<ChoiceCount> counts, @Nullable BigDecimal mean,
                                 List<String> texts) {

        /** A bar chart and a table for choice and scale questions. */
        public boolean counted() {
            return !counts.isEmpty();
        }
    }

    /** One option's count and its share in percent (one decimal). */
    public record ChoiceCount(String choice, int count, BigDecimal percent) {

        /** The bar's length for a chart {@code width} wide at 100%. */
        public int bar(int width) {
            return percent.multiply(BigDecimal.valueOf(width)).divide(BigDecimal.valueOf(100), 0,
                    java.math.RoundingMode.HALF_UP).intValue();
        }
    }

    public QuestionResult of(long questionId) {
        return questions.stream().filter(q -> q.question().id() == questionId).findFirst().orElse(null);
    }
}
