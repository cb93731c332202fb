package kyodo.support.festa;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** An edition of 市民活動フェスタ (one per fiscal year); public once published. */
@MappedEntity("sup_festa")
public record Festa(@Id @GeneratedValue @Nullable Long id, int fiscalYear, String title, String summary,
                    @Nullable Long exchangeEventId, boolean published, long createdBy, LocalDateTime createdAt) {
}
