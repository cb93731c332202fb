package kyodo.support.festa;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The festa's repositories. */
final class FestaRepositories {

    private FestaRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Editions extends CrudRepository<Festa, Long> {

        @Query(value = "SELECT * FROM sup_festa ORDER BY fiscal_year DESC", nativeQuery = true)
        List<Festa> findAllNewestFirst();

        @Query(value = "SELECT * FROM sup_festa WHERE published = TRUE ORDER BY fiscal_year DESC", nativeQuery = true)
        List<Festa> findPublished();

        Optional<Festa> findByFiscalYear(int fiscalYear);

        @Query(value = "UPDATE sup_festa SET title = :title, summary = :summary, exchange_event_id = :eventId, published = :published "
                + "WHERE id = :id", nativeQuery = true)
        int updateBasics(long id, String title, String summary, @io.micronaut.core.annotation.Nullable Long eventId, boolean published);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Periods extends CrudRepository<FestaPeriod, Long> {
        List<FestaPeriod> findByFestaIdOrderByStartsOn(long festaId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Exhibits extends CrudRepository<Exhibit, Long> {
        List<Exhibit> findByFestaIdOrderByGroupName(long festaId);
    }

    /** A photo without its content. */
    @Introspected
    record PhotoRow(long id, long exhibitId, String altText) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Photos extends CrudRepository<ExhibitPhoto, Long> {

        @Query(value = "SELECT id, exhibit_id, alt_text FROM sup_festa_photo WHERE exhibit_id IN (:exhibitIds) ORDER BY id", nativeQuery = true)
        List<PhotoRow> findRows(Collection<Long> exhibitIds);

        long countByExhibitId(long exhibitId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Posts extends CrudRepository<FestaPost, Long> {
        List<FestaPost> findByFestaIdOrderById(long festaId);
    }
}
