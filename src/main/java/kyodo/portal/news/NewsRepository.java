package kyodo.portal.news;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface NewsRepository extends CrudRepository<News, Long> {

    Optional<News> findByFormKey(String formKey);

    /** Items visible on the day, newest first; {@code category} empty for all. */
    @Query(value = """
            SELECT * FROM por_news WHERE publish_on <= :day AND (expires_on IS NULL OR expires_on >= :day)
              AND (:category = '' OR category = :category)
            ORDER BY publish_on DESC, id DESC LIMIT :limit""", nativeQuery = true)
    List<News> findVisible(LocalDate day, String category, int limit);

    @Query(value = "SELECT * FROM por_news ORDER BY publish_on DESC, id DESC LIMIT 200", nativeQuery = true)
    List<News> findForEditors();
}
