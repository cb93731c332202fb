package kyodo.voices;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A question of a questionnaire, numbered from 1 in its order. {@code choices} are the options of a choice
 * question (empty otherwise). A conditional question applies only when the answer to an earlier choice question
 * ({@code conditionQuestionId}) includes one of {@code conditionChoices}; it is shown with that condition, and
 * is neither required nor kept otherwise. {@code code} is a stable name for a figure (e.g. {@code participation}
 * feeds a KPI across years); a {@code breakdown} question (area, age band) is an axis of cross-tabulation.
 */
@Serdeable
public record Question(long id, int number, String text, QuestionKind kind, List<String> choices, boolean required,
                       @Nullable Long conditionQuestionId, List<String> conditionChoices, @Nullable String code,
                       boolean breakdown, @Nullable String lowLabel, @Nullable String highLabel) {

    /** A scale runs from 0 to this. */
    public static final int SCALE_MAX = 10;

    public boolean choice() {
        return kind.choice();
    }

    public boolean conditional() {
        return conditionQuestionId != null;
    }

    /** What can be chosen: the choices, or the points of the scale ("0" … "10"). */
    public List<String> options() {
        return kind == QuestionKind.SCALE ? IntStream.rangeClosed(0, SCALE_MAX).mapToObj(Integer::toString).toList()
                : choices;
    }

    /** The form field of the answer: {@code q_<id>}. */
    public String field() {
        return "q_" + id;
    }
}
