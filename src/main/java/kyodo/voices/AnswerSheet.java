package kyodo.voices;

import java.util.List;

/** One respondent's answers, one per question in the questionnaire's order. */
public record AnswerSheet(List<Answer> answers) {

    public Answer of(long questionId) {
        return answers.stream().filter(a -> a.question().id() == questionId).findFirst().orElse(null);
    }

    /**
     * Whether a question applies to this respondent: it has no condition, or the answer to its condition
     * question includes one of the condition's choices.
     */
    public boolean applies(Question question) {
        if (!question.conditional()) {
            return true;
        }
        Answer condition = of(question.conditionQuestionId());
        return condition != null && condition.chosen().stream().anyMatch(question.conditionChoices()::contains);
    }
}
