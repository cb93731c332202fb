package kyodo.directory.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** One group's answer set for a round ({@code dir_survey_response}; the unique key keeps it to one). */
@MappedEntity("dir_survey_response")
public record SurveyResponse(@Id @GeneratedValue @Nullable Long id,
                             long surveyId,
                             long groupId,
                             SurveyAnswers.AnswerStatus status,
                             @Nullable LocalDateTime dataConfirmedAt,
                             long updatedBy,
                             LocalDateTime updatedAt,
                             @Nullable Long submittedBy,
                             @Nullable LocalDateTime submittedAt) {
}
