package kyodo.subsidies.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface FileRepository extends CrudRepository<SubsidyFile, Long> {

    /** An owner's files without their content, in upload order. */
    @Query(value = """
            SELECT id, owner_type, owner_id, title, file_name, content_type, size_bytes FROM sub_file
            WHERE owner_type = :ownerType AND owner_id = :ownerId ORDER BY id""", nativeQuery = true)
    List<StoredFile> findDescriptions(String ownerType, long ownerId);

    long countByOwnerTypeAndOwnerId(String ownerType, long ownerId);

    @Query(value = "DELETE FROM sub_file WHERE id = :id AND owner_type = :ownerType AND owner_id = :ownerId",
            nativeQuery = true)
    int deleteOwned(long id, String ownerType, long ownerId);
}
