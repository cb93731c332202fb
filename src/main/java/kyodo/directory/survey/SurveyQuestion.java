package kyodo.directory.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code dir_survey_question}: choices one per line; pages see a {@link Survey.Question}. */
@MappedEntity("dir_survey_question")
public record SurveyQuestion(@Id @GeneratedValue @Nullable Long id,
                             long surveyId,
                             int position,
                             String text,
                             Survey.Question.Kind kind,
                             @Nullable String choices,
                             boolean required) {
}
