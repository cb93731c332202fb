package kyodo.core.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

@MappedEntity("core_password_reset")
record PasswordReset(@Id String tokenHash, long accountId, LocalDateTime createdAt, LocalDateTime expiresAt,
                     @Nullable LocalDateTime usedAt) {
}
