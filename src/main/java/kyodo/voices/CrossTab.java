package kyodo.voices;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question's answers broken down by another's (e.g. by area or age band): a row per option of the
 * breakdown question (and one for sheets that did not answer it, with a null label), a cell per option of the
 * question with the count and its share of the row's respondents who answered the question.
 */
public record CrossTab(Question by, Question question, List<Row> rows) {

    public record Row(@Nullable String label, int answered, List<Cell> cells) {
    }

    public record Cell(String choice, int count, BigDecimal percent) {
    }
}
