package kyodo.core.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A personal access token of the JSON API; the secret itself is never stored, only its SHA-256. */
@MappedEntity("core_access_token")
public record AccessToken(@Id @GeneratedValue @Nullable Long id, long accountId, String name, String tokenHash,
                          String scope, LocalDateTime createdAt, LocalDateTime expiresAt,
                          @Nullable LocalDateTime revokedAt, @Nullable LocalDateTime lastUsedAt) {

    public static final String READ = "read";
    public static final String WRITE = "write";

    public boolean canWrite() {
        return WRITE.equals(scope);
    }

    public boolean liveAt(LocalDateTime now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
