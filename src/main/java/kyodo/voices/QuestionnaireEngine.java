package kyodo.voices;

import kyodo.core.FieldErrors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one questionnaire engine of the portal: questions (choice, multiple choice, 0–10 scale, free text; required
 * or not; conditional), answer sheets (read from a form, checked, saved as a draft or submitted) and results
 * (counts, shares, means, cross-tabulation). Each questionnaire belongs to an owner ({@link QuestionnaireKey}):
 * the citizen questionnaires of this module and the directory's yearly group survey keep their own rounds,
 * dates and respondents, and keep questions and answers here.
 *
 * <p>Methods that write join the caller's transaction. The owner serialises what one respondent does (the
 * directory locks the group's response row, a citizen questionnaire claims the participant before saving), and
 * calls {@link #freeze} when answers open so that every respondent answers the same questions.
 */
public interface QuestionnaireEngine {

    /** The questions in order, numbered from 1 (none yet: empty). */
    List<Question> questions(QuestionnaireKey key);

    /** Adds a question at the end, or throws {@link kyodo.core.FormInvalidException} with messages by field. */
    Question addQuestion(QuestionnaireKey key, QuestionDraft draft);

    /** Removes a question that no other question's condition names (before the questionnaire is frozen). */
    void removeQuestion(QuestionnaireKey key, long questionId);

    /** Fixes the questions: nothing is added or removed afterwards. */
    void freeze(QuestionnaireKey key);

    /** The answers posted by a form: field {@code q_<id>} with the text, or the index of each chosen option. */
    AnswerSheet read(QuestionnaireKey key, Map<String, List<String>> fields);

    /** The stored answers of a respondent (empty answers when there are none). */
    AnswerSheet stored(QuestionnaireKey key, String respondent);

    Optional<StoredSheet> sheet(QuestionnaireKey key, String respondent);

    /**
     * The messages by field for a sheet: an option that is not in the list, text over the limit, and when
     * {@code complete} every required question that applies and is not answered.
     */
    FieldErrors check(AnswerSheet sheet, boolean complete);

    /**
     * Replaces the respondent's answers (those of questions that apply) and submits the sheet when {@code submit};
     * throws with the messages of {@link #check} and writes nothing then. Returns false, changing nothing, when
     * the sheet had been submitted already.
     */
    boolean save(QuestionnaireKey key, String respondent, AnswerSheet sheet, boolean submit);

    /** The results over the submitted sheets. */
    Results results(QuestionnaireKey key);

    /** Question {@code questionId} broken down by the answers to the single-choice question {@code byQuestionId}. */
    Optional<CrossTab> crossTab(QuestionnaireKey key, long byQuestionId, long questionId);

    /** The stored sheets, of submitted ones only when {@code submittedOnly}, oldest first. */
    List<StoredSheet> sheets(QuestionnaireKey key, boolean submittedOnly);

    /** Longest free-text answer kept. */
    int MAX_TEXT = 2000;
}
