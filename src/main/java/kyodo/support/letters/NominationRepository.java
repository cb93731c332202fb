package kyodo.support.letters;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface NominationRepository extends CrudRepository<Nomination, Long> {

    /** A nomination with the committee's votes counted. */
    @Introspected
    record Tally(long nominationId, long recommend, long notRecommend, long ineligible) {
    }

    /** Recipients of a fiscal year, counted by kind. */
    @Introspected
    record KindCount(String nomineeKind, long recipients) {
    }

    @Query(value = "SELECT * FROM sup_nomination WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Nomination> findByIdForUpdate(long id);

    @Query(value = "SELECT * FROM sup_nomination WHERE round_id = :roundId ORDER BY nominee_kind, nominee_name, id", nativeQuery = true)
    List<Nomination> findByRound(long roundId);

    @Query(value = "SELECT * FROM sup_nomination WHERE nominator_id = :nominatorId ORDER BY created_at DESC, id DESC", nativeQuery = true)
    List<Nomination> findByNominator(long nominatorId);

    /** The recipients of a round as the public sees them: selected, with their consent, by certificate number. */
    @Query(value = """
            SELECT * FROM sup_nomination WHERE round_id = :roundId AND status = 'SELECTED' AND publish_consent = TRUE
            ORDER BY certificate_number""", nativeQuery = true)
    List<Nomination> findPublishedRecipients(long roundId);

    @Query(value = """
            SELECT n.nominee_kind, COUNT(*) AS recipients FROM sup_nomination n JOIN sup_letter_round r ON r.id = n.round_id
            WHERE r.fiscal_year = :fiscalYear AND n.status = 'SELECTED' GROUP BY n.nominee_kind ORDER BY n.nominee_kind""",
            nativeQuery = true)
    List<KindCount> recipientsByKind(int fiscalYear);

    @Query(value = """
            SELECT n.id AS nomination_id,
                   COALESCE(SUM(v.vote = 'RECOMMEND'), 0) AS recommend,
                   COALESCE(SUM(v.vote = 'NOT_RECOMMEND'), 0) AS not_recommend,
                   COALESCE(SUM(v.vote = 'INELIGIBLE'), 0) AS ineligible
            FROM sup_nomination n LEFT JOIN sup_nomination_vote v ON v.nomination_id = n.id
            WHERE n.round_id = :roundId GROUP BY n.id ORDER BY n.id""", nativeQuery = true)
    List<Tally> tallies(long roundId);

    @Query(value = """
            INSERT INTO sup_nomination_vote (nomination_id, reviewer_id, vote, comment, voted_at)
            VALUES (:nominationId, :reviewerId, :vote, :comment, :now)
            ON DUPLICATE KEY UPDATE vote = VALUES(vote), comment = VALUES(comment), voted_at = VALUES(voted_at)""",
            nativeQuery = true)
    int vote(long nominationId, long reviewerId, String vote, @Nullable String comment, LocalDateTime now);

    @Query(value = "SELECT COALESCE(MAX(vote), '') FROM sup_nomination_vote WHERE nomination_id = :nominationId AND reviewer_id = :reviewerId",
            nativeQuery = true)
    String voteOf(long nominationId, long reviewerId);

    @Query(value = """
            UPDATE sup_nomination SET status = :status, decided_by = :by, decided_at = :now, certificate_number = :number
            WHERE id = :id AND status = 'SUBMITTED'""", nativeQuery = true)
    int decide(long id, String status, long by, LocalDateTime now, @Nullable Integer number);

    @Query(value = """
            UPDATE sup_nomination SET publish_consent = :consent, consent_recorded_by = :by, consent_recorded_at = :now
            WHERE id = :id AND status = 'SELECTED'""", nativeQuery = true)
    int recordConsent(long id, boolean consent, long by, LocalDateTime now);
}
