package kyodo.points.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ActivityRepository extends CrudRepository<Activity, Long> {

    @Query(value = "SELECT * FROM pts_activity WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Activity> findByIdForUpdate(long id);

    @Query(value = "SELECT * FROM pts_activity WHERE volunteer_id = :volunteerId AND status IN ('PENDING', 'HOST_CONFIRMED') "
            + "ORDER BY activity_date DESC, id DESC", nativeQuery = true)
    List<Activity> findOpenOfVolunteer(long volunteerId);

    @Query(value = "SELECT * FROM pts_activity WHERE host_group_id IN (:groupIds) AND status = 'PENDING' "
            + "ORDER BY activity_date, id", nativeQuery = true)
    List<Activity> findToConfirm(Collection<Long> groupIds);

    /** The coordinator's queue, oldest first. */
    @Query(value = "SELECT * FROM pts_activity WHERE status = 'HOST_CONFIRMED' ORDER BY host_confirmed_at, id LIMIT :limit",
            nativeQuery = true)
    List<Activity> findToCheck(int limit);

    @Query(value = "SELECT COUNT(*) FROM pts_activity WHERE status = 'HOST_CONFIRMED'", nativeQuery = true)
    long countToCheck();

    @Query(value = "UPDATE pts_activity SET status = 'HOST_CONFIRMED', host_confirmed_by = :by, host_confirmed_at = :now "
            + "WHERE id = :id AND status = 'PENDING'", nativeQuery = true)
    int confirmByHost(long id, long by, LocalDateTime now);

    @Query(value = "UPDATE pts_activity SET status = 'POSTED', checked_by = :by, checked_at = :now "
            + "WHERE id = :id AND status = 'HOST_CONFIRMED'", nativeQuery = true)
    int post(long id, long by, LocalDateTime now);

    @Query(value = "UPDATE pts_activity SET status = 'REJECTED', checked_by = :by, checked_at = :now, reject_reason = :reason "
            + "WHERE id = :id AND status IN ('PENDING', 'HOST_CONFIRMED')", nativeQuery = true)
    int reject(long id, long by, LocalDateTime now, String reason);
}
