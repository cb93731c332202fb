package kyodo.voices.engine;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import kyodo.voices.QuestionKind;

/** A row of {@code voi_qn_question}: choices and condition choices one per line. */
@MappedEntity("voi_qn_question")
public record QnQuestion(@Id @GeneratedValue @Nullable Long id, long formId, int position, String text, QuestionKind kind,
                         @Nullable String choices, boolean required, @Nullable Long conditionQuestionId,
                         @Nullable String conditionChoices, @Nullable String code, boolean breakdown,
                         @Nullable String lowLabel, @Nullable String highLabel) {
}
