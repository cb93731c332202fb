package kyodo.core.internal;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

@MappedEntity("core_audit_log")
public record AuditEntry(@Id @GeneratedValue Long id, LocalDateTime occurredAt, @Nullable Long actorId, String actorLabel,
                         String action, @Nullable String targetType, @Nullable String targetId, @Nullable String detail, @Nullable String address) {
}
