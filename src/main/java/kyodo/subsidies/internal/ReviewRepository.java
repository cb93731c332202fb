package kyodo.subsidies.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReviewRepository extends CrudRepository<Review, Review.Key> {

    @Query(value = "SELECT * FROM sub_review WHERE application_id = :applicationId ORDER BY reviewer_id",
            nativeQuery = true)
    List<Review> findOf(long applicationId);
}
