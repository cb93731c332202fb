package kyodo.directory.outreach;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** Each status change and coordinator note of a request, in order. */
@MappedEntity("dir_lecture_request_log")
public record LectureRequestLog(@Id @GeneratedValue @Nullable Long id,
                                long requestId,
                                LectureRequest.Status status,
                                @Nullable String note,
                                long actorId,
                                LocalDateTime createdAt) {

    /** When it happened, as the history lists show it. */
    public LocalDateTime at() {
        return createdAt;
    }
}
