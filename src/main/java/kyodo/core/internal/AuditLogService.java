package kyodo.core.internal;

import kyodo.core.CityClock;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Writes the audit log; joins the caller's transaction so an entry stands or falls with the change. Entries that
 * belong to no change of their own (one per API call) go through {@link #recordGrouped}: whatever waits is
 * written together, one multi-row insert in one transaction, instead of one commit per call.
 */
@Singleton
public class AuditLogService implements AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLogService.class);

    public record AuditPage(List<AuditEntry> entries, long total, int page, int pageSize) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    private final AuditEntryRepository entries;
    private final AccountRepository accounts;
    private final HttpClientAddressResolver addresses;
    private final CityClock clock;
    private final TransactionOperations<Connection> transactions;
    private final GroupRunner<AuditEntry, Boolean> grouped;

    AuditLogService(AuditEntryRepository entries, AccountRepository accounts, HttpClientAddressResolver addresses, CityClock clock,
                    TransactionOperations<Connection> transactions) {
        this.entries = entries;
        this.accounts = accounts;
        this.addresses = addresses;
        this.clock = clock;
        this.transactions = transactions;
        this.grouped = new GroupRunner<>("audit-writer", 500, this::writeGroup);
    }

    /** An entry as {@link #record} writes it, for {@link #recordGrouped}: the actor's label given, not looked up. */
    public static AuditEntry entry(LocalDateTime at, Long actorId, String actorLabel, String action, String targetType,
                                   String targetId, String detail, String address) {
        return new AuditEntry(null, at, actorId, truncate(actorLabel, 254), action, targetType, targetId,
                truncate(detail, 1000), truncate(address, 64));
    }

    /**
     * Writes an entry of its own (no change of the caller's goes with it) together with the others waiting: the
     * future completes once it is committed. Never fails: if the group's insert fails, each entry of it is written
     * alone, and an entry that still cannot be written is logged whole as an error (the future completes false).
     */
    public CompletableFuture<Boolean> recordGrouped(AuditEntry entry) {
        return grouped.submit(entry);
    }

    List<Boolean> writeGroup(List<AuditEntry> group) {
        try {
            transactions.executeWrite(status -> entries.saveAll(group));
            return Collections.nCopies(group.size(), Boolean.TRUE);
        } catch (RuntimeException e) {
            LOG.warn("Audit entries not written together ({}); writing them one by one", group.size(), e);
        }
        List<Boolean> written = new ArrayList<>(group.size());
        for (AuditEntry entry : group) {
            boolean ok;
            try {
                transactions.executeWrite(status -> entries.save(entry));
                ok = true;
            } catch (RuntimeException e) {
                LOG.error("AUDIT ENTRY NOT WRITTEN: {}", entry, e);
                ok = false;
            }
            written.add(ok);
        }
        return written;
    }

    @PreDestroy
    void close() {
        grouped.close();
    }

    @Override
    @Transactional
    public void record(Long actorId, String action, String targetType, String targetId, String detail) {
        String label = actorId == null ? "-" : accounts.findById(actorId)
                .map(a -> a.displayName() + " <" + a.email() + ">").orElse("#" + actorId);
        String address = ServerRequestContext.currentRequest().map(this::address).orElse(null);
        entries.save(new AuditEntry(null, clock.now(), actorId, truncate(label, 254), action, targetType,
                targetId, truncate(detail, 1000), address));
    }

    @Transactional
    public AuditPage search(String action, String text, int page, int pageSize) {
        int safePage = Math.max(1, page);
        String a = action == null ? "" : action.strip();
        String t = text == null ? "" : text.strip();
        return new AuditPage(entries.search(a, t, pageSize, (safePage - 1) * pageSize), entries.countSearch(a, t),
                safePage, pageSize);
    }

    @Transactional
    public List<String> actions() {
        return entries.findActions();
    }

    private String address(HttpRequest<?> request) {
        String resolved = addresses.resolve(request);
        return resolved == null ? null : truncate(resolved, 64);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
