package kyodo.core.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

@MappedEntity("core_password_reset")
record PasswordReset(@Id String tokenHash, long accountId, LocalDateTime createdAt, LocalDateTime expiresAt,
                     LocalDateTime usedAt) {
}
