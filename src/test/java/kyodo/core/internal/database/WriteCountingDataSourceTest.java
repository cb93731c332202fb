package kyodo.core.internal.database;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which statements count as a change of the data pages show. */
class WriteCountingDataSourceTest {

    @Test
    void readsAndBookkeepingDoNotCountWritesDo() {
        assertFalse(WriteCountingDataSource.writes("SELECT * FROM evt_event WHERE id = ?"));
        assertFalse(WriteCountingDataSource.writes("  select id from evt_event for update"));
        assertFalse(WriteCountingDataSource.writes("/* report */ WITH x AS (SELECT 1) SELECT * FROM x"));
        assertFalse(WriteCountingDataSource.writes("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED"));
        assertFalse(WriteCountingDataSource.writes("INSERT INTO core_api_rate (rate_key) VALUES (?) ON DUPLICATE KEY UPDATE calls = calls + 1"));
        assertFalse(WriteCountingDataSource.writes("UPDATE `core_access_token` SET last_used_at = ? WHERE id = ?"));
        assertFalse(WriteCountingDataSource.writes("insert into core_audit_log (action) values (?)"));
        assertTrue(WriteCountingDataSource.writes("INSERT INTO `evt_registration` (`event_id`) VALUES (?)"));
        assertTrue(WriteCountingDataSource.writes("UPDATE evt_event SET status = 'CANCELLED' WHERE id = ?"));
        assertTrue(WriteCountingDataSource.writes("\n  DELETE FROM dir_group WHERE id = ?"));
        assertTrue(WriteCountingDataSource.writes("UPDATE core_account SET display_name = ? WHERE id = ?"));
        assertTrue(WriteCountingDataSource.writes("INSERT INTO core_outbox_other (x) VALUES (1)"));
    }
}
