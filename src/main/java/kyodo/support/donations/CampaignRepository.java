package kyodo.support.donations;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CampaignRepository extends CrudRepository<Campaign, Long> {

    /** What one shop raised in a campaign. */
    @Introspected
    record AmountRow(long shopId, String shopName, String area, String kind, long amount) {
        public String kindKey() {
            return "sup.shop.kind." + kind;
        }
    }

    /** A campaign with its shops counted (by kind) and what they raised. */
    @Introspected
    record CampaignTotal(long campaignId, int fiscalYear, int number, LocalDate startsOn, LocalDate endsOn,
                         int fundsFiscalYear, long shops, long menuShops, long boxShops, long total) {
    }

    @Query(value = "SELECT * FROM sup_campaign ORDER BY fiscal_year DESC, number", nativeQuery = true)
    List<Campaign> findAllInOrder();

    Optional<Campaign> findByFiscalYearAndNumber(int fiscalYear, int number);

    @Query(value = """
            SELECT c.id AS campaign_id, c.fiscal_year, c.number, c.starts_on, c.ends_on, c.funds_fiscal_year,
                   COUNT(d.shop_id) AS shops, COALESCE(SUM(s.kind = 'MENU'), 0) AS menu_shops,
                   COALESCE(SUM(s.kind = 'BOX'), 0) AS box_shops, COALESCE(SUM(d.amount), 0) AS total
            FROM sup_campaign c LEFT JOIN sup_donation d ON d.campaign_id = c.id LEFT JOIN sup_shop s ON s.id = d.shop_id
            GROUP BY c.id, c.fiscal_year, c.number, c.starts_on, c.ends_on, c.funds_fiscal_year
            ORDER BY c.fiscal_year DESC, c.number""", nativeQuery = true)
    List<CampaignTotal> totals();

    @Query(value = """
            SELECT s.id AS shop_id, s.name AS shop_name, s.area, s.kind, d.amount
            FROM sup_donation d JOIN sup_shop s ON s.id = d.shop_id
            WHERE d.campaign_id = :campaignId ORDER BY s.area, s.name""", nativeQuery = true)
    List<AmountRow> amounts(long campaignId);

    /** A shop's amount in a campaign, set (or corrected); the same amount sent several times at once is one row. */
    @Query(value = """
            INSERT INTO sup_donation (campaign_id, shop_id, amount, recorded_by, recorded_at)
            VALUES (:campaignId, :shopId, :amount, :by, :now)
            ON DUPLICATE KEY UPDATE amount = VALUES(amount), recorded_by = VALUES(recorded_by), recorded_at = VALUES(recorded_at)""",
            nativeQuery = true)
    int record(long campaignId, long shopId, long amount, long by, LocalDateTime now);

    @Query(value = "SELECT COALESCE(SUM(d.amount), 0) FROM sup_donation d JOIN sup_campaign c ON c.id = d.campaign_id "
            + "WHERE c.funds_fiscal_year = :programYear", nativeQuery = true)
    long fundedFor(int programYear);

    @Query(value = "SELECT COALESCE(SUM(d.amount), 0) FROM sup_donation d JOIN sup_campaign c ON c.id = d.campaign_id "
            + "WHERE c.fiscal_year = :fiscalYear", nativeQuery = true)
    long raisedIn(int fiscalYear);
}
