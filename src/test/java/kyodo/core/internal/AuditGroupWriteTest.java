package kyodo.core.internal;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.support.Db;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** API calls' audit entries written in groups: committed when their future completes, never lost to one bad entry. */
@MicronautTest(transactional = false)
class AuditGroupWriteTest {

    @Inject
    AuditLogService audit;
    @Inject
    CityClock clock;
    @Inject
    DataSource dataSource;

    private AuditEntry entry(String action, String marker) {
        return AuditLogService.entry(clock.now(), null, "-", action, AccessTokenService.TARGET, "1", marker, "192.0.2.1");
    }

    @Test
    void entriesWrittenTogetherAreCommittedWhenTheirFuturesComplete() {
        String marker = "grouped-" + UUID.randomUUID();
        List<CompletableFuture<Boolean>> written = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            written.add(audit.recordGrouped(entry("core.audit.apiCall", marker)));
        }
        written.forEach(f -> assertTrue(f.join()));
        assertEquals(50, Db.count(dataSource, "SELECT COUNT(*) FROM core_audit_log WHERE detail = ?", marker));
    }

    @Test
    void aGroupThatCannotBeWrittenIsWrittenOneByOne() {
        String marker = "fallback-" + UUID.randomUUID();
        // An action longer than its column: the group's insert fails, the others are written alone.
        List<Boolean> written = audit.writeGroup(List.of(entry("core.audit.apiCall", marker), entry("x".repeat(80), marker),
                entry("core.audit.apiCall", marker)));
        assertEquals(List.of(true, false, true), written);
        assertEquals(2, Db.count(dataSource, "SELECT COUNT(*) FROM core_audit_log WHERE detail = ?", marker));
    }
}
