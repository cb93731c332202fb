package kyodo.voices;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * One question's answer as read from a form or from the store: the text of a free-text answer, or the chosen
 * options (choices, or the point of a scale) in the question's order. {@code invalid} marks a posted value that
 * is not one of the options (the check reports it; it is never stored).
 */
public record Answer(Question question, @Nullable String text, List<String> chosen, boolean invalid) {

    public static Answer none(Question question) {
        return new Answer(question, null, List.of(), false);
    }

    public String field() {
        return question.field();
    }

    public boolean empty() {
        return (text == null || text.isBlank()) && chosen.isEmpty();
    }

    public boolean isSelected(String option) {
        return chosen.contains(option);
    }

    /** As a person reads it: the text, or the options joined by 「、」. */
    public String display() {
        return question.kind() == QuestionKind.TEXT ? (text == null ? "" : text) : String.join("、", chosen);
    }

    /** As the engine stores it: the text, or the options one per line. */
    public String stored() {
        return question.kind() == QuestionKind.TEXT ? text : String.join("\n", chosen);
    }
}
