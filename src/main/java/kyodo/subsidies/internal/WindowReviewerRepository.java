package kyodo.subsidies.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface WindowReviewerRepository extends CrudRepository<WindowReviewer, WindowReviewer.Key> {

    @Query(value = "SELECT reviewer_id FROM sub_window_reviewer WHERE window_id = :windowId ORDER BY reviewer_id",
            nativeQuery = true)
    List<Long> findReviewerIds(long windowId);

    @Query(value = "DELETE FROM sub_window_reviewer WHERE window_id = :windowId", nativeQuery = true)
    int deleteOf(long windowId);
}
