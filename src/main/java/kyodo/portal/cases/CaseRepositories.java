package kyodo.portal.cases;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

final class CaseRepositories {

    private CaseRepositories() {
    }

    @Introspected
    record PhotoRow(long id, long caseId, String altText) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Cases extends CrudRepository<CaseStudy, Long> {
        Optional<CaseStudy> findByFormKey(String formKey);

        @Query(value = "SELECT * FROM por_case WHERE published = TRUE AND consent_by IS NOT NULL AND consent_on IS NOT NULL "
                + "ORDER BY updated_at DESC, id DESC", nativeQuery = true)
        List<CaseStudy> findPublished();

        @Query(value = "SELECT * FROM por_case ORDER BY updated_at DESC, id DESC LIMIT 200", nativeQuery = true)
        List<CaseStudy> findForEditors();

        /** The latest change of any case study (none or one). */
        @Query(value = "SELECT updated_at FROM por_case ORDER BY updated_at DESC LIMIT 1", nativeQuery = true)
        List<java.time.LocalDateTime> lastChange();
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Photos extends CrudRepository<CasePhoto, Long> {
        @Query(value = "SELECT id, case_id, alt_text FROM por_case_photo WHERE case_id = :caseId ORDER BY id", nativeQuery = true)
        List<PhotoRow> findRows(long caseId);

        long countByCaseId(long caseId);
    }
}
