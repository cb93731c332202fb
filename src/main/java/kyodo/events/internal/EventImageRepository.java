package kyodo.events.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EventImageRepository extends CrudRepository<EventImage, Long> {

    /** What a page needs to show the image, without its bytes. */
    @Introspected
    record Shown(String altText, LocalDateTime updatedAt) {
    }

    @Query(value = "SELECT alt_text, updated_at FROM evt_event_image WHERE event_id = :eventId", nativeQuery = true)
    Optional<Shown> findShown(long eventId);

    /** The image of an event anyone may see (not a draft). */
    @Query(value = """
            SELECT i.* FROM evt_event_image i JOIN evt_event e ON e.id = i.event_id
            WHERE i.event_id = :eventId AND e.status <> 'DRAFT'""", nativeQuery = true)
    Optional<EventImage> findPublic(long eventId);
}
