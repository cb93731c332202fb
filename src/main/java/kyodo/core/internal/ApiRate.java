package kyodo.core.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** The calls one key (a token, an address) made in the current one-minute window. */
@MappedEntity("core_api_rate")
record ApiRate(@Id String rateKey, LocalDateTime windowStart, int hits) {
}
