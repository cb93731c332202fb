package kyodo.directory.survey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The groups' answer sets: their state and data confirmation (the answers are in the questionnaire engine). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SurveyResponseRepository extends CrudRepository<SurveyResponse, Long> {

    Optional<SurveyResponse> findBySurveyIdAndGroupId(long surveyId, long groupId);

    /** Creates the group's answer set on first use; the unique key keeps it to one (0 when it exists). */
    @Query(value = """
            INSERT IGNORE INTO dir_survey_response (survey_id, group_id, status, updated_by, updated_at)
            VALUES (:surveyId, :groupId, 'DRAFT', :actorId, :now)""", nativeQuery = true)
    int createIfMissing(long surveyId, long groupId, long actorId, LocalDateTime now);

    /**
     * Takes the group's row lock, so that one group's answer steps run one after another: two
     * INSERT IGNOREs of the same row, then each locking it, would deadlock (both hold a shared lock).
     */
    @Query(value = "SELECT id FROM dir_group WHERE id = :groupId FOR UPDATE", nativeQuery = true)
    Optional<Long> lockGroup(long groupId);

    @Query(value = "SELECT * FROM dir_survey_response WHERE survey_id = :surveyId AND group_id = :groupId FOR UPDATE",
            nativeQuery = true)
    Optional<SurveyResponse> findForUpdate(long surveyId, long groupId);

    @Query(value = """
            UPDATE dir_survey_response SET data_confirmed_at = :now, updated_by = :actorId, updated_at = :now
            WHERE id = :id""", nativeQuery = true)
    int dataConfirmed(long id, long actorId, LocalDateTime now);

    @Query(value = "UPDATE dir_survey_response SET updated_by = :actorId, updated_at = :now WHERE id = :id", nativeQuery = true)
    int touched(long id, long actorId, LocalDateTime now);

    @Query(value = """
            UPDATE dir_survey_response SET status = 'SUBMITTED', submitted_by = :actorId, submitted_at = :now
            WHERE id = :id""", nativeQuery = true)
    int submitted(long id, long actorId, LocalDateTime now);
}
