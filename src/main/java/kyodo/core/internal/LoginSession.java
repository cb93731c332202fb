package kyodo.core.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

@MappedEntity("core_session")
record LoginSession(@Id String id, long accountId, LocalDateTime createdAt, LocalDateTime expiresAt,
                    LocalDateTime revokedAt) {
}
