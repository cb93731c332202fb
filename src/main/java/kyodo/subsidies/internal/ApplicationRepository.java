package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Applications. Every change of status is a conditional update on the status it starts from and
 * returns the rows changed: 0 means someone else got there first (a double click, a second tab,
 * another staff member) and the caller refuses.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ApplicationRepository extends CrudRepository<Application, Long> {

    /**
     * What is held against a program's budget: the award while the project runs, the confirmed
     * amount once confirmed; nothing for withdrawn or not adopted applications.
     */
    String COMMITTED = """
            SELECT COALESCE(SUM(CASE WHEN status IN ('ADOPTED', 'REPORTED') THEN awarded_amount
                                     WHEN status = 'CONFIRMED' THEN confirmed_amount ELSE 0 END), 0)
            FROM sub_application WHERE program_id = :programId""";

    @Query(value = "SELECT * FROM sub_application WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Application> findByIdForUpdate(long id);

    @Query(value = "SELECT program_id FROM sub_application WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Long> findProgramIdForUpdate(long id);

    @Query(value = COMMITTED, nativeQuery = true)
    long committed(long programId);

    @Query(value = COMMITTED + " AND id <> :applicationId", nativeQuery = true)
    long committedByOthers(long programId, long applicationId);

    /** The applications an account made or may act for (as a representative of the group), newest first. */
    @Query(value = """
            SELECT * FROM sub_application WHERE applicant_id = :accountId OR group_id IN (:groupIds)
            ORDER BY id DESC""", nativeQuery = true)
    List<Application> findOfApplicant(long accountId, Collection<Long> groupIds);

    /** A window's submitted applications in the running order of its 審査会. */
    @Query(value = """
            SELECT * FROM sub_application WHERE window_id = :windowId AND status <> 'DRAFT'
            ORDER BY slot_order IS NULL, slot_order, id""", nativeQuery = true)
    List<Application> findOfWindow(long windowId);

    @Query(value = """
            SELECT COUNT(*) FROM sub_application
            WHERE window_id = :windowId AND group_id = :groupId AND status <> 'WITHDRAWN'""", nativeQuery = true)
    long countActiveOfGroup(long windowId, long groupId);

    /** The screened applications of the unreleased review sessions a reviewer sits on. */
    @Query(value = """
            SELECT a.* FROM sub_application a JOIN sub_window w ON w.id = a.window_id
            JOIN sub_window_reviewer r ON r.window_id = w.id AND r.reviewer_id = :reviewerId
            WHERE w.results_released_at IS NULL AND a.status IN ('ACCEPTED', 'ADOPTED', 'NOT_ADOPTED')
            ORDER BY w.id, a.slot_order IS NULL, a.slot_order, a.id""", nativeQuery = true)
    List<Application> findReviewQueue(long reviewerId);

    /** Adopted projects of released windows whose report falls due within a week and nobody was reminded of. */
    @Query(value = """
            SELECT a.* FROM sub_application a JOIN sub_program p ON p.id = a.program_id
            JOIN sub_window w ON w.id = a.window_id
            WHERE a.status = 'ADOPTED' AND a.reminded_at IS NULL AND w.results_released_at IS NOT NULL
              AND a.project_end IS NOT NULL AND DATE_ADD(a.project_end, INTERVAL p.report_due_days - 7 DAY) <= :today
            ORDER BY a.id FOR UPDATE""", nativeQuery = true)
    List<Application> findReportsDueForUpdate(LocalDate today);

    @Query(value = """
            UPDATE sub_application SET category_id = :categoryId, title = :title, purpose = :purpose,
              content = :content, schedule = :schedule, place = :place, expected_effect = :expectedEffect,
              project_start = :projectStart, project_end = :projectEnd, requested_amount = :requestedAmount,
              updated_at = :now
            WHERE id = :id AND status IN ('DRAFT', 'RETURNED', 'SUBMITTED')""", nativeQuery = true)
    int updatePlan(long id, long categoryId, String title, String purpose, String content, String schedule,
                   String place, String expectedEffect, @Nullable LocalDate projectStart,
                   @Nullable LocalDate projectEnd, long requestedAmount, LocalDateTime now);

    @Query(value = """
            UPDATE sub_application SET status = 'SUBMITTED', submitted_at = :now, updated_at = :now
            WHERE id = :id AND status IN ('DRAFT', 'RETURNED')""", nativeQuery = true)
    int submit(long id, LocalDateTime now);

    /** 受理 (ACCEPTED) or 差戻し (RETURNED) of a submitted application. */
    @Query(value = """
            UPDATE sub_application SET status = :status, screening_message = :message, updated_at = :now
            WHERE id = :id AND status = 'SUBMITTED'""", nativeQuery = true)
    int screen(long id, String status, @Nullable String message, LocalDateTime now);

    @Query(value = """
            UPDATE sub_application SET slot_order = :slotOrder, slot_time = :slotTime
            WHERE id = :id AND window_id = :windowId""", nativeQuery = true)
    int setSlot(long id, long windowId, @Nullable Integer slotOrder, @Nullable LocalTime slotTime);

    /** 採択 (ADOPTED, with the amount and award number) or 不採択 (NOT_ADOPTED) of a screened application. */
    @Query(value = """
            UPDATE sub_application SET status = :status, awarded_amount = :amount, decision_reason = :reason,
              decided_at = :now, award_number = :awardNumber, updated_at = :now
            WHERE id = :id AND status IN ('ACCEPTED', 'ADOPTED', 'NOT_ADOPTED')""", nativeQuery = true)
    int decide(long id, String status, @Nullable Long amount, @Nullable String reason, @Nullable String awardNumber,
               LocalDateTime now);

    /** 取下げ, or 事業中止 after an award ({@code releasedAmount} goes back to the budget). */
    @Query(value = """
            UPDATE sub_application SET status = 'WITHDRAWN', withdrawn_at = :now, withdraw_reason = :reason,
              released_amount = :releasedAmount, updated_at = :now
            WHERE id = :id AND status NOT IN ('WITHDRAWN', 'NOT_ADOPTED', 'CONFIRMED')""", nativeQuery = true)
    int withdraw(long id, String reason, @Nullable Long releasedAmount, LocalDateTime now);

    @Query(value = """
            UPDATE sub_application SET status = 'REPORTED', report_text = :text, reported_at = :now, updated_at = :now
            WHERE id = :id AND status = 'ADOPTED'""", nativeQuery = true)
    int report(long id, String text, LocalDateTime now);

    @Query(value = """
            UPDATE sub_application SET status = 'CONFIRMED', paid_amount = :paid, confirmed_amount = :amount,
              refund_amount = :refund, confirmed_at = :now, updated_at = :now
            WHERE id = :id AND status = 'REPORTED'""", nativeQuery = true)
    int confirm(long id, @Nullable Long paid, long amount, long refund, LocalDateTime now);

    @Query(value = "UPDATE sub_application SET reminded_at = :now WHERE id = :id AND reminded_at IS NULL",
            nativeQuery = true)
    int markReminded(long id, LocalDateTime now);
}
