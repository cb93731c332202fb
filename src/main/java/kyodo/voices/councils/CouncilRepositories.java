package kyodo.voices.councils;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Councils, their citizen members, recruitment calls and applications. */
final class CouncilRepositories {

    private CouncilRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Councils extends CrudRepository<Council, Long> {

        @Query(value = "SELECT * FROM voi_council ORDER BY name", nativeQuery = true)
        List<Council> byName();

        Optional<Council> findByName(String name);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Members extends CrudRepository<CouncilMember, Long> {

        @Query(value = "SELECT * FROM voi_council_member WHERE council_id = :councilId ORDER BY starts_on DESC, id DESC",
                nativeQuery = true)
        List<CouncilMember> ofCouncil(long councilId);

        /** Members whose term includes {@code day}. */
        @Query(value = "SELECT * FROM voi_council_member WHERE starts_on <= :day AND ends_on >= :day", nativeQuery = true)
        List<CouncilMember> servingOn(LocalDate day);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Recruitments extends CrudRepository<Recruitment, Long> {

        @Query(value = "SELECT * FROM voi_recruitment WHERE id = :id FOR UPDATE", nativeQuery = true)
        Optional<Recruitment> findByIdForUpdate(long id);

        @Query(value = "SELECT * FROM voi_recruitment WHERE council_id = :councilId ORDER BY opens_on DESC, id DESC",
                nativeQuery = true)
        List<Recruitment> ofCouncil(long councilId);

        @Query(value = """
                SELECT * FROM voi_recruitment WHERE status = 'OPEN' AND closes_on >= :today ORDER BY closes_on, id""",
                nativeQuery = true)
        List<Recruitment> current(LocalDate today);

        @Query(value = """
                UPDATE voi_recruitment SET status = 'APPOINTED', appointed_by = :by, appointed_at = :now
                WHERE id = :id AND status = 'OPEN'""", nativeQuery = true)
        int appoint(long id, long by, LocalDateTime now);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Applications extends CrudRepository<Application, Long> {

        /** Adds the application unless this person applied to this call already (0 then). */
        @Query(value = """
                INSERT IGNORE INTO voi_application (recruitment_id, receipt_token, account_id, name, name_kana, address, phone,
                  age_band, essay, status, submitted_at)
                VALUES (:recruitmentId, :token, :accountId, :name, :nameKana, :address, :phone, :ageBand, :essay, 'APPLIED', :now)""",
                nativeQuery = true)
        int add(long recruitmentId, String token, long accountId, String name, String nameKana, String address, String phone,
                String ageBand, String essay, LocalDateTime now);

        Optional<Application> findByRecruitmentIdAndAccountId(long recruitmentId, long accountId);

        Optional<Application> findByReceiptToken(String receiptToken);

        @Query(value = "SELECT * FROM voi_application WHERE recruitment_id = :recruitmentId ORDER BY submitted_at, id",
                nativeQuery = true)
        List<Application> ofRecruitment(long recruitmentId);

        @Query(value = """
                SELECT COUNT(*) FROM voi_application WHERE recruitment_id = :recruitmentId AND status = :status""",
                nativeQuery = true)
        long countWithStatus(long recruitmentId, String status);

        @Query(value = """
                UPDATE voi_application SET status = :status, decided_by = :by, decided_at = :now
                WHERE id = :id AND recruitment_id = :recruitmentId AND status IN ('APPLIED', 'SELECTED', 'NOT_SELECTED')""",
                nativeQuery = true)
        int decide(long id, long recruitmentId, String status, long by, LocalDateTime now);

        @Query(value = """
                UPDATE voi_application SET status = 'APPOINTED' WHERE recruitment_id = :recruitmentId AND status = 'SELECTED'""",
                nativeQuery = true)
        int appointSelected(long recruitmentId);
    }
}
