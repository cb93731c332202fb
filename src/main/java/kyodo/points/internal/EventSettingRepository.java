package kyodo.points.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EventSettingRepository extends CrudRepository<EventSetting, Long> {

    List<EventSetting> findByEventIdIn(Collection<Long> eventIds);
}
