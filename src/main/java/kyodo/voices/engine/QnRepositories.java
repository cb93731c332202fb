package kyodo.voices.engine;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The engine's tables: questionnaires, their questions, answer sheets and answers. */
final class QnRepositories {

    private QnRepositories() {
    }

    /** One stored answer with its sheet. */
    @Introspected
    record AnswerRow(long sheetId, long questionId, String answer) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Forms extends CrudRepository<QnForm, Long> {

        Optional<QnForm> findByOwnerAndOwnerRef(String owner, long ownerRef);

        /** Creates the questionnaire on first use; the unique key keeps it to one (0 when it exists). */
        @Query(value = """
                INSERT IGNORE INTO voi_qn_form (owner, owner_ref, frozen, created_at)
                VALUES (:owner, :ownerRef, FALSE, :now)""", nativeQuery = true)
        int open(String owner, long ownerRef, LocalDateTime now);

        @Query(value = "SELECT * FROM voi_qn_form WHERE owner = :owner AND owner_ref = :ownerRef FOR UPDATE", nativeQuery = true)
        Optional<QnForm> lock(String owner, long ownerRef);

        @Query(value = "UPDATE voi_qn_form SET frozen = TRUE WHERE id = :id", nativeQuery = true)
        int freeze(long id);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Questions extends CrudRepository<QnQuestion, Long> {

        @Query(value = "SELECT * FROM voi_qn_question WHERE form_id = :formId ORDER BY position, id", nativeQuery = true)
        List<QnQuestion> ofForm(long formId);

        @Query(value = "SELECT COALESCE(MAX(position), 0) + 1 FROM voi_qn_question WHERE form_id = :formId", nativeQuery = true)
        int nextPosition(long formId);

        @Query(value = "SELECT COUNT(*) FROM voi_qn_question WHERE form_id = :formId AND condition_question_id = :questionId",
                nativeQuery = true)
        long countConditionedOn(long formId, long questionId);

        @Query(value = "DELETE FROM voi_qn_question WHERE id = :id AND form_id = :formId", nativeQuery = true)
        int deleteOfForm(long id, long formId);

        /** Questions with a figure code, of the given questionnaires (for a KPI across years). */
        @Query(value = """
                SELECT q.* FROM voi_qn_question q JOIN voi_qn_form f ON f.id = q.form_id
                WHERE f.owner = :owner AND f.owner_ref IN (:refs) AND q.code = :code ORDER BY q.id""", nativeQuery = true)
        List<QnQuestion> withCode(String owner, List<Long> refs, String code);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Sheets extends CrudRepository<QnSheet, Long> {

        Optional<QnSheet> findByFormIdAndRespondent(long formId, String respondent);

        @Query(value = """
                INSERT IGNORE INTO voi_qn_sheet (form_id, respondent, status, updated_at)
                VALUES (:formId, :respondent, 'DRAFT', :now)""", nativeQuery = true)
        int create(long formId, String respondent, LocalDateTime now);

        @Query(value = "SELECT * FROM voi_qn_sheet WHERE form_id = :formId AND respondent = :respondent FOR UPDATE",
                nativeQuery = true)
        Optional<QnSheet> lock(long formId, String respondent);

        @Query(value = "UPDATE voi_qn_sheet SET updated_at = :now WHERE id = :id", nativeQuery = true)
        int touch(long id, LocalDateTime now);

        @Query(value = """
                UPDATE voi_qn_sheet SET status = 'SUBMITTED', submitted_at = :now, updated_at = :now
                WHERE id = :id AND status = 'DRAFT'""", nativeQuery = true)
        int submit(long id, LocalDateTime now);

        @Query(value = """
                SELECT * FROM voi_qn_sheet WHERE form_id = :formId AND (NOT :submittedOnly OR status = 'SUBMITTED')
                ORDER BY id""", nativeQuery = true)
        List<QnSheet> ofForm(long formId, boolean submittedOnly);

        @Query(value = """
                SELECT a.sheet_id, a.question_id, a.answer FROM voi_qn_answer a JOIN voi_qn_sheet s ON s.id = a.sheet_id
                WHERE s.form_id = :formId AND (NOT :submittedOnly OR s.status = 'SUBMITTED')""", nativeQuery = true)
        List<AnswerRow> answersOfForm(long formId, boolean submittedOnly);

        @Query(value = "SELECT sheet_id, question_id, answer FROM voi_qn_answer WHERE sheet_id = :sheetId", nativeQuery = true)
        List<AnswerRow> answersOf(long sheetId);

        @Query(value = "DELETE FROM voi_qn_answer WHERE sheet_id = :sheetId", nativeQuery = true)
        int deleteAnswers(long sheetId);

        @Query(value = "INSERT INTO voi_qn_answer (sheet_id, question_id, answer) VALUES (:sheetId, :questionId, :answer)",
                nativeQuery = true)
        int addAnswer(long sheetId, long questionId, String answer);

        /** The submitted answers to some questions (of several questionnaires), for a KPI. */
        @Query(value = """
                SELECT a.sheet_id, a.question_id, a.answer FROM voi_qn_answer a JOIN voi_qn_sheet s ON s.id = a.sheet_id
                WHERE a.question_id IN (:questionIds) AND s.status = 'SUBMITTED'""", nativeQuery = true)
        List<AnswerRow> submittedAnswersTo(List<Long> questionIds);
    }
}
