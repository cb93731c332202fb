package kyodo.core.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

@MappedEntity("core_session")
record LoginSession(@Id String id, long accountId, LocalDateTime createdAt, LocalDateTime expiresAt,
                    @Nullable LocalDateTime revokedAt) {
}
