package kyodo.supportmodule;

import jakarta.inject.Singleton;
import kyodo.core.Role;
import kyodo.support.Db;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;

import javax.sql.DataSource;
import java.util.UUID;

/**
 * What the support module's tests need from elsewhere: approved directory groups with their
 * representative (written as the directory's import would write them; the module reads them only
 * through DirectoryApi), and reads of the test database.
 */
@Singleton
public class SupportFixture {

    public record Group(long id, String name, TestAccount representative) {
    }

    private final DataSource dataSource;
    private final TestAccounts accounts;

    public SupportFixture(DataSource dataSource, TestAccounts accounts) {
        this.dataSource = dataSource;
        this.accounts = accounts;
    }

    public Group group(String prefix) {
        TestAccount rep = accounts.create(Role.CITIZEN);
        String name = prefix + " " + UUID.randomUUID().toString().substring(0, 8);
        long id = Db.insert(dataSource, "INSERT INTO dir_group (name, name_kana, group_type, status, created_by, created_at, updated_at) "
                + "VALUES (?, 'テストダンタイ', 'CIVIC', 'APPROVED', ?, NOW(6), NOW(6))", name, rep.id());
        Db.insert(dataSource, "INSERT INTO dir_group_member (group_id, account_id, member_role, added_at) VALUES (?, ?, 'REPRESENTATIVE', NOW(6))",
                id, rep.id());
        return new Group(id, name, rep);
    }

    public long count(String sql, Object... args) {
        return Db.count(dataSource, sql, args);
    }

    public String text(String sql, Object... args) {
        return Db.text(dataSource, sql, args);
    }

    public long insert(String sql, Object... args) {
        return Db.insert(dataSource, sql, args);
    }

    /**
     * Clears what a fiscal year holds in the module's tables, so a test that counts a year's figures
     * (the seed documents' FY2020) counts only its own, whatever the demo city or the form fuzz wrote before.
     */
    public void clearYear(int fiscalYear) {
        String[] sql = {
                "DELETE v FROM sup_nomination_vote v JOIN sup_nomination n ON n.id = v.nomination_id JOIN sup_letter_round r ON r.id = n.round_id WHERE r.fiscal_year = ?",
                "DELETE n FROM sup_nomination n JOIN sup_letter_round r ON r.id = n.round_id WHERE r.fiscal_year = ?",
                "DELETE FROM sup_letter_round WHERE fiscal_year = ?",
                "DELETE f FROM sup_claim_file f JOIN sup_claim c ON c.id = f.claim_id WHERE c.fiscal_year = ?",
                "DELETE n FROM sup_claim_note n JOIN sup_claim c ON c.id = n.claim_id WHERE c.fiscal_year = ?",
                "DELETE FROM sup_claim WHERE fiscal_year = ?",
                "DELETE d FROM sup_donation d JOIN sup_campaign c ON c.id = d.campaign_id WHERE c.fiscal_year = ?",
                "DELETE FROM sup_campaign WHERE fiscal_year = ?"};
        for (String statement : sql) {
            Db.insert(dataSource, statement, fiscalYear);
        }
    }

    /** Runs the same call from several threads at once and returns their results. */
    public static <T> java.util.List<T> atOnce(int times, java.util.concurrent.Callable<T> call) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(times);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var futures = new java.util.ArrayList<java.util.concurrent.Future<T>>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            var results = new java.util.ArrayList<T>();
            for (var f : futures) {
                results.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
