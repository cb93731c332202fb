package kyodo.portal.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** 情報コーナー: a place where the center's leaflets are available. */
@MappedEntity("por_info_corner")
public record InfoCorner(@Id @GeneratedValue @Nullable Long id, String name, String address, @Nullable String hours,
                         @Nullable String note, long createdBy, LocalDateTime createdAt) {
}
