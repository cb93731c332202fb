package kyodo.plan.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Items with their related items (主な関連事業) and their yearly plan (年次計画). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ItemRepository extends CrudRepository<Item, Long> {

    @Query(value = "SELECT * FROM pln_item WHERE plan_id = :planId ORDER BY sort_key, number", nativeQuery = true)
    List<Item> ofPlan(long planId);

    Optional<Item> findByPlanIdAndNumber(long planId, String number);

    @Query(value = "SELECT * FROM pln_item WHERE department_id = :departmentId ORDER BY plan_id, sort_key", nativeQuery = true)
    List<Item> ofDepartment(long departmentId);

    @Query(value = """
            SELECT l.item_id, l.related_id, l.position FROM pln_item_link l JOIN pln_item i ON i.id = l.item_id
            WHERE i.plan_id = :planId ORDER BY l.item_id, l.position""", nativeQuery = true)
    List<Link> linksOfPlan(long planId);

    @Query(value = "SELECT item_id, related_id, position FROM pln_item_link WHERE item_id = :itemId ORDER BY position",
            nativeQuery = true)
    List<Link> linksOf(long itemId);

    @Query(value = "DELETE FROM pln_item_link WHERE item_id = :itemId", nativeQuery = true)
    int deleteLinks(long itemId);

    @Query(value = "INSERT INTO pln_item_link (item_id, related_id, position) VALUES (:itemId, :relatedId, :position)",
            nativeQuery = true)
    int addLink(long itemId, long relatedId, int position);

    @Query(value = """
            SELECT y.item_id, y.fiscal_year, y.plan_text FROM pln_item_year y JOIN pln_item i ON i.id = y.item_id
            WHERE i.plan_id = :planId ORDER BY y.item_id, y.fiscal_year""", nativeQuery = true)
    List<YearPlan> yearPlansOfPlan(long planId);

    @Query(value = "SELECT item_id, fiscal_year, plan_text FROM pln_item_year WHERE item_id = :itemId ORDER BY fiscal_year",
            nativeQuery = true)
    List<YearPlan> yearPlansOf(long itemId);

    @Query(value = "DELETE FROM pln_item_year WHERE item_id = :itemId", nativeQuery = true)
    int deleteYearPlans(long itemId);

    @Query(value = "INSERT INTO pln_item_year (item_id, fiscal_year, plan_text) VALUES (:itemId, :fiscalYear, :planText)",
            nativeQuery = true)
    int addYearPlan(long itemId, int fiscalYear, String planText);
}
