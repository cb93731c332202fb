package kyodo.plan.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDateTime;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TagRepository extends GenericRepository<Item, Long> {

    @Query(value = "SELECT item_id, kind, thing_id FROM pln_tag WHERE item_id = :itemId ORDER BY kind, tagged_at, thing_id",
            nativeQuery = true)
    List<Tag> ofItem(long itemId);

    @Query(value = "SELECT item_id, kind, thing_id FROM pln_tag WHERE kind = :kind AND thing_id = :thingId ORDER BY item_id",
            nativeQuery = true)
    List<Tag> ofThing(String kind, long thingId);

    @Query(value = """
            SELECT t.item_id, t.kind, t.thing_id FROM pln_tag t JOIN pln_item i ON i.id = t.item_id
            WHERE i.plan_id = :planId ORDER BY t.item_id, t.kind""", nativeQuery = true)
    List<Tag> ofPlan(long planId);

    @Query(value = """
            INSERT IGNORE INTO pln_tag (item_id, kind, thing_id, tagged_by, tagged_at)
            VALUES (:itemId, :kind, :thingId, :actorId, :now)""", nativeQuery = true)
    int add(long itemId, String kind, long thingId, long actorId, LocalDateTime now);

    @Query(value = "DELETE FROM pln_tag WHERE item_id = :itemId AND kind = :kind AND thing_id = :thingId", nativeQuery = true)
    int remove(long itemId, String kind, long thingId);
}
