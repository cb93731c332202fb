package kyodo.directory.survey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SurveyQuestionRepository extends CrudRepository<SurveyQuestion, Long> {

    @Query(value = "SELECT * FROM dir_survey_question WHERE survey_id = :surveyId ORDER BY position, id", nativeQuery = true)
    List<SurveyQuestion> ofSurvey(long surveyId);

    @Query(value = "SELECT COALESCE(MAX(position), 0) + 1 FROM dir_survey_question WHERE survey_id = :surveyId",
            nativeQuery = true)
    int nextPosition(long surveyId);

    @Query(value = "DELETE FROM dir_survey_question WHERE id = :id AND survey_id = :surveyId", nativeQuery = true)
    int deleteOfSurvey(long id, long surveyId);
}
