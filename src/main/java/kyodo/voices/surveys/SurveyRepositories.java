package kyodo.voices.surveys;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Citizen questionnaires, their answer codes and who answered them. */
final class SurveyRepositories {

    private SurveyRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Surveys extends CrudRepository<CitizenSurvey, Long> {

        @Query(value = "SELECT * FROM voi_survey WHERE id = :id FOR UPDATE", nativeQuery = true)
        Optional<CitizenSurvey> findByIdForUpdate(long id);

        boolean existsByTitle(String title);

        /** Takes the department's row lock, so that questionnaires of one department are created one after another. */
        @Query(value = "SELECT id FROM voi_department WHERE id = :departmentId FOR UPDATE", nativeQuery = true)
        Optional<Long> lockDepartment(long departmentId);

        @Query(value = """
                SELECT id FROM voi_survey WHERE department_id = :departmentId AND title = :title AND status = 'DRAFT'
                ORDER BY id LIMIT 1""", nativeQuery = true)
        Optional<Long> draftNamed(long departmentId, String title);

        @Query(value = "SELECT * FROM voi_survey ORDER BY closes_on DESC, id DESC LIMIT :limit", nativeQuery = true)
        List<CitizenSurvey> newestFirst(int limit);

        @Query(value = "SELECT * FROM voi_survey WHERE status <> 'DRAFT' ORDER BY closes_on DESC, id DESC LIMIT :limit",
                nativeQuery = true)
        List<CitizenSurvey> visible(int limit);

        @Query(value = "SELECT id FROM voi_survey WHERE status <> 'DRAFT' AND closes_on BETWEEN :from AND :to", nativeQuery = true)
        List<Long> closingBetween(LocalDate from, LocalDate to);

        @Query(value = "UPDATE voi_survey SET status = 'OPEN', opened_at = :now WHERE id = :id AND status = 'DRAFT'",
                nativeQuery = true)
        int open(long id, LocalDateTime now);

        @Query(value = "UPDATE voi_survey SET status = 'CLOSED', closed_at = :now WHERE id = :id AND status = 'OPEN'",
                nativeQuery = true)
        int close(long id, LocalDateTime now);

        @Query(value = "UPDATE voi_survey SET results_public = :shown WHERE id = :id", nativeQuery = true)
        int showResults(long id, boolean shown);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Codes extends GenericRepository<CitizenSurvey, Long> {

        @Query(value = "INSERT IGNORE INTO voi_survey_code (survey_id, code) VALUES (:surveyId, :code)", nativeQuery = true)
        int add(long surveyId, String code);

        @Query(value = "SELECT COUNT(*) FROM voi_survey_code WHERE survey_id = :surveyId", nativeQuery = true)
        long countOf(long surveyId);

        @Query(value = "SELECT COUNT(*) FROM voi_survey_code WHERE survey_id = :surveyId AND used_at IS NOT NULL",
                nativeQuery = true)
        long countUsed(long surveyId);

        @Query(value = "SELECT COUNT(*) FROM voi_survey_code WHERE survey_id = :surveyId AND code = :code", nativeQuery = true)
        long exists(long surveyId, String code);

        @Query(value = "SELECT code FROM voi_survey_code WHERE survey_id = :surveyId ORDER BY code", nativeQuery = true)
        List<String> codesOf(long surveyId);

        /** Uses a code once: 0 when it is unknown or was used already. */
        @Query(value = """
                UPDATE voi_survey_code SET used_at = :now WHERE survey_id = :surveyId AND code = :code AND used_at IS NULL""",
                nativeQuery = true)
        int use(long surveyId, String code, LocalDateTime now);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Participants extends GenericRepository<CitizenSurvey, Long> {

        /** Records that this person answered; 0 when they had (the primary key gives one answer per person). */
        @Query(value = """
                INSERT IGNORE INTO voi_survey_participant (survey_id, participant, answered_on) VALUES (:surveyId, :participant, :today)""",
                nativeQuery = true)
        int claim(long surveyId, String participant, LocalDate today);

        @Query(value = "SELECT COUNT(*) FROM voi_survey_participant WHERE survey_id = :surveyId AND participant = :participant",
                nativeQuery = true)
        long answered(long surveyId, String participant);
    }
}
