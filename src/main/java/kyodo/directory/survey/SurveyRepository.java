package kyodo.directory.survey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Survey rounds and the reports over their answers. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SurveyRepository extends CrudRepository<Survey, Long> {

    /** Locks the round: opening, closing, reminding and changing its questions run one after the other. */
    @Query(value = "SELECT * FROM dir_survey WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Survey> findByIdForUpdate(long id);

    @Query(value = "SELECT * FROM dir_survey ORDER BY fiscal_year DESC, id DESC", nativeQuery = true)
    List<Survey> newestFirst();

    @Query(value = "SELECT id FROM dir_survey WHERE fiscal_year = :fiscalYear ORDER BY id", nativeQuery = true)
    List<Long> idsOfYear(int fiscalYear);

    @Query(value = """
            SELECT s.id, (SELECT COUNT(*) FROM dir_survey_response r WHERE r.survey_id = s.id AND r.status = 'SUBMITTED')
              AS submitted FROM dir_survey s""", nativeQuery = true)
    List<SurveyRows.RoundRow> submittedCounts();

    @Query(value = "SELECT * FROM dir_survey WHERE status = 'OPEN' AND closes_on >= :today ORDER BY closes_on, id",
            nativeQuery = true)
    List<Survey> openOn(LocalDate today);

    @Query(value = "UPDATE dir_survey SET status = 'OPEN', opened_at = :now WHERE id = :id", nativeQuery = true)
    int open(long id, LocalDateTime now);

    @Query(value = "UPDATE dir_survey SET status = 'CLOSED', closed_at = :now WHERE id = :id", nativeQuery = true)
    int close(long id, LocalDateTime now);

    @Query(value = "UPDATE dir_survey SET last_reminded_at = :now WHERE id = :id", nativeQuery = true)
    int reminded(long id, LocalDateTime now);

    /** Approved groups in kana order; only those without a submitted answer when {@code unansweredOnly}. */
    @Query(value = """
            SELECT g.id, g.name FROM dir_group g WHERE g.status = 'APPROVED'
              AND (NOT :unansweredOnly OR NOT EXISTS (SELECT 1 FROM dir_survey_response r WHERE r.survey_id = :surveyId
                   AND r.group_id = g.id AND r.status = 'SUBMITTED'))
            ORDER BY g.name_kana, g.id""", nativeQuery = true)
    List<SurveyRows.GroupToAsk> groupsToAsk(long surveyId, boolean unansweredOnly);

    /** Every approved group (and any that answered), answered or not, in kana order. */
    @Query(value = """
            SELECT g.id, g.name, g.name_kana, r.status, r.data_confirmed_at, r.submitted_at,
              (SELECT MAX(m.reminded_at) FROM dir_survey_reminder m WHERE m.survey_id = :surveyId AND m.group_id = g.id)
                AS reminded_at
            FROM dir_group g LEFT JOIN dir_survey_response r ON r.group_id = g.id AND r.survey_id = :surveyId
            WHERE g.status = 'APPROVED' OR r.id IS NOT NULL
            ORDER BY g.name_kana, g.id""", nativeQuery = true)
    List<SurveyRows.ProgressRow> progress(long surveyId);
}
