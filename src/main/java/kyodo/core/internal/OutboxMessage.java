package kyodo.core.internal;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

@MappedEntity("core_outbox")
public record OutboxMessage(@Id @GeneratedValue Long id, LocalDateTime createdAt, String recipient, String subject,
                            String body, String status, int attempts, LocalDateTime nextAttemptAt,
                            @Nullable LocalDateTime sentAt, @Nullable String lastError) {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
}
