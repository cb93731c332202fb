package kyodo.core.internal;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

@MappedEntity("core_audit_log")
public record AuditEntry(@Id @GeneratedValue Long id, LocalDateTime occurredAt, Long actorId, String actorLabel,
                         String action, String targetType, String targetId, String detail, String address) {
}
