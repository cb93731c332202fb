package kyodo.events.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An extra question of the registration form. Staff write one per line; a line
 * {@code 質問｜選択肢A｜選択肢B} (or with |) offers choices, otherwise the answer is free text.
 */
public record Question(int number, String text, List<String> choices) {

    public static final int MAX = 5;

    public boolean choice() {
        return !choices.isEmpty();
    }

    public String field() {
        return "answer" + number;
    }

    static List<Question> parseAll(String lines) {
        List<Question> questions = new ArrayList<>();
        if (lines == null) {
            return questions;
        }
        for (String line : lines.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split("[|｜]");
            List<String> choices = Arrays.stream(parts).skip(1).map(String::strip).filter(s -> !s.isEmpty()).toList();
            questions.add(new Question(questions.size() + 1, parts[0].strip(), choices));
        }
        return questions;
    }
}
