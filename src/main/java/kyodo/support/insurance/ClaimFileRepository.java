package kyodo.support.insurance;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ClaimFileRepository extends CrudRepository<ClaimFile, Long> {

    /** A document without its content, for lists. */
    @Introspected
    record Description(long id, long claimId, String kind, String fileName, String contentType, long sizeBytes) {
        public String kindKey() {
            return "sup.claim.document." + kind;
        }
    }

    @Query(value = "SELECT id, claim_id, kind, file_name, content_type, size_bytes FROM sup_claim_file WHERE claim_id = :claimId ORDER BY id",
            nativeQuery = true)
    List<Description> findDescriptions(long claimId);

    long countByClaimId(long claimId);
}
