package kyodo.core.internal;

import kyodo.core.CityClock;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;

import java.time.LocalDateTime;
import java.util.List;

/** Writes the audit log; joins the caller's transaction so an entry stands or falls with the change. */
@Singleton
public class AuditLogService implements AuditLog {

    public record AuditPage(List<AuditEntry> entries, long total, int page, int pageSize) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    private final AuditEntryRepository entries;
    private final AccountRepository accounts;
    private final HttpClientAddressResolver addresses;
    private final CityClock clock;

    AuditLogService(AuditEntryRepository entries, AccountRepository accounts, HttpClientAddressResolver addresses, CityClock clock) {
        this.entries = entries;
        this.accounts = accounts;
        this.addresses = addresses;
        this.clock = clock;
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
