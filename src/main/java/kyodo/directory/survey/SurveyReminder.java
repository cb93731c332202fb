package kyodo.directory.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** Each reminder sent to a group that had not answered. */
@MappedEntity("dir_survey_reminder")
public record SurveyReminder(@Id @GeneratedValue @Nullable Long id, long surveyId, long groupId, long remindedBy,
                             LocalDateTime remindedAt) {
}
