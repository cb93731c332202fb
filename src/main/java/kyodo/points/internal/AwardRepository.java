package kyodo.points.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AwardRepository extends CrudRepository<Award, Long> {

    Optional<Award> findBySourceKey(String sourceKey);

    /** Every award of one source, each revision of a corrected match among them. */
    List<Award> findBySourceTypeAndSourceId(String sourceType, long sourceId);

    /** Points standing for a volunteer on a day (the daily cap) … */
    @Query(value = "SELECT COALESCE(SUM(points_awarded - reversed_points), 0) FROM pts_award "
            + "WHERE volunteer_id = :volunteerId AND activity_date = :day", nativeQuery = true)
    int standingOnDay(long volunteerId, LocalDate day);

    /** … and in a fiscal year (the yearly cap). */
    @Query(value = "SELECT COALESCE(SUM(points_awarded - reversed_points), 0) FROM pts_award "
            + "WHERE volunteer_id = :volunteerId AND fiscal_year = :fiscalYear", nativeQuery = true)
    int standingInYear(long volunteerId, int fiscalYear);

    @Query(value = "SELECT * FROM pts_award WHERE volunteer_id = :volunteerId AND fiscal_year = :fiscalYear "
            + "ORDER BY activity_date DESC, id DESC LIMIT :limit", nativeQuery = true)
    List<Award> findOfVolunteer(long volunteerId, int fiscalYear, int limit);

    /** The latest award of a source family (attendance of one person at one session) that still stands, to reverse. */
    @Query(value = "SELECT * FROM pts_award WHERE source_key LIKE CONCAT(:prefix, '%') AND points_awarded > reversed_points "
            + "ORDER BY id DESC LIMIT 1 FOR UPDATE", nativeQuery = true)
    Optional<Award> findStandingForUpdate(String prefix);

    @Query(value = "UPDATE pts_award SET reversed_points = reversed_points + :points WHERE id = :id", nativeQuery = true)
    int addReversed(long id, int points);
}
