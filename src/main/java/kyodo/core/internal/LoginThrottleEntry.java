package kyodo.core.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** Failed logins of one account or address within the current window. */
@MappedEntity("core_login_throttle")
record LoginThrottleEntry(@Id String throttleKey, int failures, LocalDateTime windowStart,
                          @Nullable LocalDateTime blockedUntil) {
}
