package kyodo.voices.letters;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The letters and the town meetings. */
final class LetterRepositories {

    private LetterRepositories() {
    }

    @Introspected
    record MeetingCount(long eventId, long letters) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Letters extends CrudRepository<Letter, Long> {

        /** Adds the letter unless the same person sent the same text that day (0 then). */
        @Query(value = """
                INSERT IGNORE INTO voi_letter (receipt_token, channel, event_id, addressed_to, topic, title, body, reply_wanted,
                  name, email, phone, address, publish_consent, account_id, fingerprint, received_at, due_on, recorded_by, status)
                VALUES (:token, :channel, :eventId, :addressedTo, :topic, :title, :body, :replyWanted, :name, :email, :phone,
                  :address, :publishConsent, :accountId, :fingerprint, :receivedAt, :dueOn, :recordedBy, 'RECEIVED')""",
                nativeQuery = true)
        int add(String token, String channel, @Nullable Long eventId, String addressedTo, String topic, String title,
                String body, boolean replyWanted, @Nullable String name, @Nullable String email, @Nullable String phone,
                @Nullable String address, boolean publishConsent, @Nullable Long accountId, String fingerprint,
                LocalDateTime receivedAt, LocalDate dueOn, @Nullable Long recordedBy);

        Optional<Letter> findByFingerprint(String fingerprint);

        Optional<Letter> findByReceiptToken(String receiptToken);

        @Query(value = "SELECT * FROM voi_letter WHERE id = :id FOR UPDATE", nativeQuery = true)
        Optional<Letter> findByIdForUpdate(long id);

        /** Letters not replied yet first (oldest due first), then the replied ones, newest first. */
        @Query(value = """
                SELECT * FROM voi_letter WHERE (:all OR department_id IN (:departments))
                ORDER BY status = 'APPROVED', CASE WHEN status = 'APPROVED' THEN NULL ELSE due_on END, received_at DESC, id DESC
                LIMIT :limit""", nativeQuery = true)
        List<Letter> inbox(boolean all, Collection<Long> departments, int limit);

        @Query(value = """
                SELECT * FROM voi_letter WHERE published_at IS NOT NULL ORDER BY published_at DESC, id DESC LIMIT :limit""",
                nativeQuery = true)
        List<Letter> published(int limit);

        @Query(value = """
                UPDATE voi_letter SET status = 'ROUTED', department_id = :departmentId, routed_by = :by, routed_at = :now
                WHERE id = :id AND status <> 'APPROVED'""", nativeQuery = true)
        int route(long id, long departmentId, long by, LocalDateTime now);

        @Query(value = """
                UPDATE voi_letter SET status = 'DRAFTED', reply = :reply, drafted_by = :by, drafted_at = :now, return_note = NULL
                WHERE id = :id AND status IN ('ROUTED', 'DRAFTED')""", nativeQuery = true)
        int draft(long id, String reply, long by, LocalDateTime now);

        @Query(value = """
                UPDATE voi_letter SET status = 'ROUTED', return_note = :note WHERE id = :id AND status = 'DRAFTED'""",
                nativeQuery = true)
        int returnDraft(long id, String note);

        @Query(value = """
                UPDATE voi_letter SET status = 'APPROVED', approved_by = :by, approved_at = :now, replied_on = :today,
                  reply_method = :method WHERE id = :id AND status = 'DRAFTED'""", nativeQuery = true)
        int approve(long id, long by, LocalDateTime now, LocalDate today, String method);

        @Query(value = """
                UPDATE voi_letter SET public_title = :title, public_summary = :summary, public_reply = :reply,
                  published_by = :by, published_at = :now
                WHERE id = :id AND status = 'APPROVED' AND publish_consent AND published_at IS NULL""", nativeQuery = true)
        int publish(long id, String title, String summary, String reply, long by, LocalDateTime now);

        @Query(value = """
                SELECT event_id, COUNT(*) AS letters FROM voi_letter WHERE event_id IS NOT NULL GROUP BY event_id""",
                nativeQuery = true)
        List<MeetingCount> countsByMeeting();

        @Query(value = "SELECT * FROM voi_letter WHERE event_id = :eventId ORDER BY received_at, id", nativeQuery = true)
        List<Letter> ofMeeting(long eventId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Meetings extends CrudRepository<TownMeeting, Long> {

        @Query(value = "SELECT * FROM voi_town_meeting ORDER BY held_on DESC, event_id DESC", nativeQuery = true)
        List<TownMeeting> newestFirst();

        @Query(value = """
                INSERT IGNORE INTO voi_town_meeting (event_id, title, held_on, registered_by, registered_at)
                VALUES (:eventId, :title, :heldOn, :by, :now)""", nativeQuery = true)
        int register(long eventId, String title, @Nullable LocalDate heldOn, long by, LocalDateTime now);
    }
}
