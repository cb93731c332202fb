package kyodo.voices.comments;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The public comment tables. */
final class CommentRepositories {

    private CommentRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Drafts extends CrudRepository<Draft, Long> {

        @Query(value = "SELECT * FROM voi_pc_draft WHERE id = :id FOR UPDATE", nativeQuery = true)
        Optional<Draft> findByIdForUpdate(long id);

        boolean existsByTitle(String title);

        /** Takes the department's row lock, so that drafts of one department are created one after another. */
        @Query(value = "SELECT id FROM voi_department WHERE id = :departmentId FOR UPDATE", nativeQuery = true)
        Optional<Long> lockDepartment(long departmentId);

        @Query(value = """
                SELECT id FROM voi_pc_draft WHERE department_id = :departmentId AND title = :title AND status = 'PREPARING'
                ORDER BY id LIMIT 1""", nativeQuery = true)
        Optional<Long> preparingNamed(long departmentId, String title);

        @Query(value = "SELECT * FROM voi_pc_draft ORDER BY closes_on DESC, id DESC LIMIT :limit", nativeQuery = true)
        List<Draft> newestFirst(int limit);

        @Query(value = "SELECT * FROM voi_pc_draft WHERE status <> 'PREPARING' ORDER BY closes_on DESC, id DESC LIMIT :limit",
                nativeQuery = true)
        List<Draft> published(int limit);

        @Query(value = """
                SELECT * FROM voi_pc_draft WHERE status = 'PUBLISHED' AND opens_on <= :today AND closes_on >= :today
                ORDER BY closes_on, id""", nativeQuery = true)
        List<Draft> openOn(LocalDate today);

        @Query(value = """
                UPDATE voi_pc_draft SET status = 'PUBLISHED', published_by = :by, published_at = :now
                WHERE id = :id AND status = 'PREPARING'""", nativeQuery = true)
        int publish(long id, long by, LocalDateTime now);

        @Query(value = """
                UPDATE voi_pc_draft SET status = 'RESULT_PUBLISHED', result_changes = :changes, result_published_by = :by,
                  result_published_at = :now WHERE id = :id AND status = 'PUBLISHED'""", nativeQuery = true)
        int publishResult(long id, String changes, long by, LocalDateTime now);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Sections extends CrudRepository<Section, Long> {

        @Query(value = "SELECT * FROM voi_pc_section WHERE draft_id = :draftId ORDER BY position, id", nativeQuery = true)
        List<Section> ofDraft(long draftId);

        @Query(value = "SELECT COALESCE(MAX(position), 0) + 1 FROM voi_pc_section WHERE draft_id = :draftId", nativeQuery = true)
        int nextPosition(long draftId);

        @Query(value = "DELETE FROM voi_pc_section WHERE id = :id AND draft_id = :draftId", nativeQuery = true)
        int deleteOfDraft(long id, long draftId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Documents extends CrudRepository<Document, Long> {

        @Query(value = "SELECT id, draft_id, file_name, size_bytes FROM voi_pc_document WHERE draft_id = :draftId ORDER BY id",
                nativeQuery = true)
        List<DocumentInfo> infosOf(long draftId);

        @Query(value = "SELECT * FROM voi_pc_document WHERE id = :id AND draft_id = :draftId", nativeQuery = true)
        Optional<Document> findOfDraft(long id, long draftId);

        @Query(value = "SELECT COUNT(*) FROM voi_pc_document WHERE draft_id = :draftId", nativeQuery = true)
        long countOfDraft(long draftId);

        @Query(value = "DELETE FROM voi_pc_document WHERE id = :id AND draft_id = :draftId", nativeQuery = true)
        int deleteOfDraft(long id, long draftId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Opinions extends CrudRepository<Opinion, Long> {

        /** Adds the opinion unless the same person sent the same text on this draft already (0 then). */
        @Query(value = """
                INSERT IGNORE INTO voi_pc_opinion (draft_id, receipt_token, section_id, body, submitter_name,
                  submitter_address, category, account_id, channel, fingerprint, submitted_at, updated_at)
                VALUES (:draftId, :token, :sectionId, :body, :name, :address, :category, :accountId, :channel,
                  :fingerprint, :now, :now)""", nativeQuery = true)
        int add(long draftId, String token, @io.micronaut.core.annotation.Nullable Long sectionId, String body, String name,
                String address, String category, @io.micronaut.core.annotation.Nullable Long accountId, String channel,
                String fingerprint, LocalDateTime now);

        Optional<Opinion> findByDraftIdAndFingerprint(long draftId, String fingerprint);

        Optional<Opinion> findByReceiptToken(String receiptToken);

        @Query(value = "SELECT * FROM voi_pc_opinion WHERE receipt_token = :token FOR UPDATE", nativeQuery = true)
        Optional<Opinion> findByTokenForUpdate(String token);

        @Query(value = "SELECT * FROM voi_pc_opinion WHERE draft_id = :draftId ORDER BY id", nativeQuery = true)
        List<Opinion> ofDraft(long draftId);

        @Query(value = """
                UPDATE voi_pc_opinion SET section_id = :sectionId, body = :body, submitter_name = :name,
                  submitter_address = :address, category = :category, fingerprint = :fingerprint, updated_at = :now
                WHERE id = :id""", nativeQuery = true)
        int edit(long id, @io.micronaut.core.annotation.Nullable Long sectionId, String body, String name, String address,
                 String category, String fingerprint, LocalDateTime now);

        @Query(value = "UPDATE voi_pc_opinion SET group_id = :groupId WHERE id IN (:ids) AND draft_id = :draftId",
                nativeQuery = true)
        int assign(long draftId, List<Long> ids, @io.micronaut.core.annotation.Nullable Long groupId);

        @Query(value = """
                SELECT draft_id, COUNT(*) AS opinions,
                  COUNT(DISTINCT COALESCE(CONCAT('a:', account_id), CONCAT('n:', submitter_name, '|', submitter_address)))
                    AS submitters
                FROM voi_pc_opinion WHERE draft_id IN (:draftIds) GROUP BY draft_id""", nativeQuery = true)
        List<OpinionCounts> counts(List<Long> draftIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Groups extends CrudRepository<OpinionGroup, Long> {

        @Query(value = "SELECT * FROM voi_pc_group WHERE draft_id = :draftId ORDER BY position, id", nativeQuery = true)
        List<OpinionGroup> ofDraft(long draftId);

        @Query(value = "SELECT COALESCE(MAX(position), 0) + 1 FROM voi_pc_group WHERE draft_id = :draftId", nativeQuery = true)
        int nextPosition(long draftId);

        @Query(value = "SELECT * FROM voi_pc_group WHERE id = :id AND draft_id = :draftId", nativeQuery = true)
        Optional<OpinionGroup> findOfDraft(long id, long draftId);
    }
}
