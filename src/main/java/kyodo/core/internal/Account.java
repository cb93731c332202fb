package kyodo.core.internal;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

@MappedEntity("core_account")
record Account(@Id @GeneratedValue Long id,
               String email,
               String displayName,
               String nameKana,
               String passwordHash,
               @Nullable String area,
               @Nullable String schoolDistrict,
               boolean enabled,
               LocalDateTime createdAt,
               LocalDateTime updatedAt) {

    Account withPasswordHash(String hash, LocalDateTime now) {
        return new Account(id, email, displayName, nameKana, hash, area, schoolDistrict, enabled, createdAt, now);
    }
}
