package kyodo.portal.library;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;

final class LibraryRepositories {

    private LibraryRepositories() {
    }

    /** An issue without its PDF, for lists. */
    @Introspected
    record Issue(long id, int issueNumber, String title, LocalDate publishedOn, String summary, long sizeBytes) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Newsletters extends CrudRepository<Newsletter, Long> {
        @Query(value = "SELECT id, issue_number, title, published_on, summary, size_bytes FROM por_newsletter "
                + "ORDER BY issue_number DESC", nativeQuery = true)
        List<Issue> findIssues();
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Corners extends CrudRepository<InfoCorner, Long> {
        @Query(value = "SELECT * FROM por_info_corner ORDER BY name", nativeQuery = true)
        List<InfoCorner> findInOrder();
    }
}
