package kyodo.support.donations;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ShopRepository extends CrudRepository<Shop, Long> {

    @Query(value = "SELECT * FROM sup_shop ORDER BY active DESC, area, name", nativeQuery = true)
    List<Shop> findAllInOrder();

    @Query(value = "SELECT * FROM sup_shop WHERE active = TRUE ORDER BY area, name", nativeQuery = true)
    List<Shop> findActive();

    @Query(value = "UPDATE sup_shop SET active = :active, updated_at = :now WHERE id = :id AND active <> :active", nativeQuery = true)
    int setActive(long id, boolean active, LocalDateTime now);
}
