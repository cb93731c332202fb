package kyodo.voices.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A fiscal year of citizen participation as the database counts it (see {@link kyodo.voices.YearFigures}). */
final class Figures {

    private Figures() {
    }

    @Introspected
    record Row(long publicComments, long publicCommentOpinions, long publicCommentSubmitters, long letters,
               long lettersReplied, long lettersRepliedInTarget, long lettersOverdue, @Nullable BigDecimal averageDays,
               long lettersPublished, long townMeetings, long townMeetingOpinions, long councils,
               long councilsWithCitizenMembers, long citizenMembers, long questionnaires, long questionnaireAnswers) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Repository extends GenericRepository<Department, Long> {

        /** {@code from}–{@code to} are the fiscal year's days, {@code fromAt}–{@code toAt} its first and next year's first moment. */
        @Query(value = """
                SELECT
                  (SELECT COUNT(*) FROM voi_pc_draft d WHERE d.status <> 'PREPARING' AND d.closes_on BETWEEN :from AND :to)
                    AS public_comments,
                  (SELECT COUNT(*) FROM voi_pc_opinion o JOIN voi_pc_draft d ON d.id = o.draft_id
                    WHERE d.status <> 'PREPARING' AND d.closes_on BETWEEN :from AND :to) AS public_comment_opinions,
                  (SELECT COALESCE(SUM(x.n), 0) FROM (SELECT COUNT(DISTINCT COALESCE(CONCAT('a:', o.account_id),
                      CONCAT('n:', o.submitter_name, '|', o.submitter_address))) AS n
                    FROM voi_pc_opinion o JOIN voi_pc_draft d ON d.id = o.draft_id
                    WHERE d.status <> 'PREPARING' AND d.closes_on BETWEEN :from AND :to GROUP BY o.draft_id) x)
                    AS public_comment_submitters,
                  (SELECT COUNT(*) FROM voi_letter l WHERE l.received_at >= :fromAt AND l.received_at < :toAt) AS letters,
                  (SELECT COUNT(*) FROM voi_letter l WHERE l.received_at >= :fromAt AND l.received_at < :toAt
                    AND l.replied_on IS NOT NULL) AS letters_replied,
                  (SELECT COUNT(*) FROM voi_letter l WHERE l.received_at >= :fromAt AND l.received_at < :toAt
                    AND l.replied_on IS NOT NULL AND l.replied_on <= l.due_on) AS letters_replied_in_target,
                  (SELECT COUNT(*) FROM voi_letter l WHERE l.received_at >= :fromAt AND l.received_at < :toAt
                    AND ((l.replied_on IS NULL AND l.due_on < :today) OR l.replied_on > l.due_on)) AS letters_overdue,
                  (SELECT AVG(DATEDIFF(l.replied_on, DATE(l.received_at))) FROM voi_letter l
                    WHERE l.received_at >= :fromAt AND l.received_at < :toAt AND l.replied_on IS NOT NULL) AS average_days,
                  (SELECT COUNT(*) FROM voi_letter l WHERE l.received_at >= :fromAt AND l.received_at < :toAt
                    AND l.published_at IS NOT NULL) AS letters_published,
                  (SELECT COUNT(*) FROM voi_town_meeting m WHERE m.held_on BETWEEN :from AND :to) AS town_meetings,
                  (SELECT COUNT(*) FROM voi_letter l WHERE l.channel = 'TOWN_MEETING' AND l.received_at >= :fromAt
                    AND l.received_at < :toAt) AS town_meeting_opinions,
                  (SELECT COUNT(*) FROM voi_council) AS councils,
                  (SELECT COUNT(DISTINCT m.council_id) FROM voi_council_member m WHERE m.starts_on <= :to AND m.ends_on >= :from)
                    AS councils_with_citizen_members,
                  (SELECT COUNT(*) FROM voi_council_member m WHERE m.starts_on <= :to AND m.ends_on >= :from) AS citizen_members,
                  (SELECT COUNT(*) FROM voi_survey s WHERE s.status <> 'DRAFT' AND s.closes_on BETWEEN :from AND :to)
                    AS questionnaires,
                  (SELECT COUNT(*) FROM voi_qn_sheet sh JOIN voi_qn_form f ON f.id = sh.form_id
                    JOIN voi_survey s ON f.owner = 'voi.survey' AND f.owner_ref = s.id
                    WHERE sh.status = 'SUBMITTED' AND s.status <> 'DRAFT' AND s.closes_on BETWEEN :from AND :to)
                    AS questionnaire_answers""", nativeQuery = true)
        Row year(LocalDate from, LocalDate to, LocalDateTime fromAt, LocalDateTime toAt, LocalDate today);
    }
}
